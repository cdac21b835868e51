import CallEngine

/// The calls page's live conferences: each room with its members, every member linking to its call's timeline.
/// Shown only while the account has rooms, so pages of accounts without conferences look as before.
struct ConferenceListView {
    var conferences: [LiveConference]
    /// The simulated present: how long each room has run and each member has been in it.
    var now: SimulatedTime
    var authID: String

    var html: HTML {
        guard !conferences.isEmpty else { return .empty }
        let rooms = conferences.map { room -> HTML in
            """
            <h3 id="conference-\(room.conferenceUUID)">\(room.name) <small>\(room.members.count) \
            member\(room.members.count == 1 ? "" : "s") · running \(seconds(since: room.createdAt)) s</small></h3>
            <table><thead><tr><th>member_id</th><th>call_uuid</th><th>from</th><th>to</th><th>muted</th><th>deaf</th>\
            <th>joined</th></tr></thead>
            <tbody>
            \(room.members.map(row))</tbody></table>
            """
        }
        return """
            <h2>Live conferences</h2>
            <p><span class="hint">The same data as <code>GET /v1/Account/\(authID)/Conference/</code> and \
            <code>…/Conference/{name}/</code>.</span></p>
            \(rooms)
            """
    }

    private func row(_ member: LiveConferenceMember) -> HTML {
        """
        <tr id="member-\(member.callUUID)"><td>\(member.memberID)</td>\
        <td><a href="\(ConsoleHandlers.callPath(member.callUUID))"><code>\(member.callUUID)</code></a></td>\
        <td>\(CallJSON.caller(member.from))</td><td>\(member.to)</td><td data-field="muted">\(member.muted ? "yes" : "no")</td>\
        <td data-field="deaf">\(member.deaf ? "yes" : "no")</td><td>\(seconds(since: member.joinedAt)) s ago</td></tr>

        """
    }

    private func seconds(since start: SimulatedTime) -> String {
        now > start ? String((now - start).microseconds / 1_000_000) : "0"
    }
}
