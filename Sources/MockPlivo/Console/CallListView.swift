import CallEngine
import PlivoStore

/// The calls page: the calls of the signed-in account that have not ended (queued, ringing, in progress), then
/// the CDRs with how each ended, newest first and a page at a time, every call linking to its timeline.
struct CallListView {
    var live: [LiveCall]
    /// The account's live conference rooms, drawn after the live calls.
    var conferences: ConferenceListView
    var records: [StoredCall]
    var totalCount: Int
    var offset: Int
    var limit: Int
    var authID: String

    func page() -> HTMLPage {
        let content: HTML = """
            <h2>Live and queued</h2>
            <p>\(live.isEmpty ? "No call in progress." : "\(live.count) call\(live.count == 1 ? "" : "s") not ended yet, oldest first.")
            <span class="hint">The same data as <code>GET /v1/Account/\(authID)/Call/?status=live</code> (and \
            <code>queued</code>).</span></p>
            \(live.isEmpty ? .empty : liveTable)
            \(conferences.html)
            <h2>Ended calls</h2>
            \(summary)\(records.isEmpty ? .empty : recordTable)<p class="actions">\(pager)</p>
            """
        return HTMLPage(title: "Calls", accountID: authID, section: .calls, content: content)
    }

    private var summary: HTML {
        guard totalCount > 0 else {
            return "<p>No call has ended yet. Make one with <code>POST /v1/Account/\(authID)/Call/</code>.</p>"
        }
        let shown: HTML = records.isEmpty ? "" : ", showing \(offset + 1)–\(offset + records.count)"
        return """
            <p>\(totalCount) call record\(totalCount == 1 ? "" : "s")\(shown).
            <span class="hint">The same data as <code>GET /v1/Account/\(authID)/Call/</code>.</span></p>
            """
    }

    /// Links to the neighbouring pages, as on the applications page.
    private var pager: [HTML] {
        let base = ConsoleSection.calls.path
        var links: [HTML] = []
        if offset > 0 { links.append("<a href=\"\(base)?offset=\(max(0, offset - limit))\">← newer</a>") }
        if offset + limit < totalCount { links.append("<a href=\"\(base)?offset=\(offset + limit)\">older →</a>") }
        return links
    }

    private var liveTable: HTML {
        let rows = live.map { call -> HTML in
            """
            <tr id="live-\(call.callUUID)"><td>\(link(call.callUUID))</td>\
            <td data-field="call_status">\(call.status.rawValue)</td><td>\(CallJSON.caller(call.from))</td><td>\(call.to)</td>\
            <td>\(call.direction.rawValue)</td><td>\(call.sessionStart.plivoSeconds)</td></tr>

            """
        }
        return """
            <table><thead><tr><th>call_uuid</th><th>status</th><th>from</th><th>to</th><th>direction</th>\
            <th>since (UTC)</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            """
    }

    private var recordTable: HTML {
        let rows = records.map { call -> HTML in
            """
            <tr id="call-\(call.callUUID)"><td>\(link(call.callUUID))</td><td>\(CallJSON.caller(call.from))</td>\
            <td>\(call.to)</td><td>\(call.direction)</td><td data-field="call_status">\(call.status)</td><td>\(call.duration) s</td>\
            <td>\(call.billedDuration) s</td><td>\(call.totalAmount.plivoString)</td>\
            <td data-field="hangup_cause">\(call.hangupCauseName) <small>\(call.hangupCauseCode) · \
            \(call.hangupSource)</small></td><td>\(SimulatedTime(microseconds: call.endTime).plivoSeconds)</td></tr>

            """
        }
        return """
            <table><thead><tr><th>call_uuid</th><th>from</th><th>to</th><th>direction</th><th>status</th>\
            <th>duration</th><th>billed</th><th>amount</th><th>hangup cause</th><th>ended (UTC)</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            """
    }

    private func link(_ uuid: String) -> HTML {
        "<a href=\"\(ConsoleHandlers.callPath(uuid))\"><code>\(uuid)</code></a>"
    }
}
