import PlivoXML

/// Conference rooms (`docs/conferences.md`): calls join them through `<Conference>` and leave when kicked
/// (the API, `*` with `hangupOnStar`, the room ending) or when their call ends; the room ends with its last member,
/// its `timeLimit`, a member with `endConferenceOnExit` leaving, or one member left after a `stayAlone="false"`.
extension CallRuntime {
    /// `call` reaches `<Conference>`: it joins the room (opening it), or, the room being full, goes on at once.
    func join(_ call: Call, _ element: Conference, _ turn: EngineTurn, _ finish: @escaping VerbFinish) {
        let key = ConferenceKey(ownerID: call.setup.subaccountID ?? call.setup.accountID, name: element.roomName)
        let room = conferences.room(key) ?? openRoom(key, element, call, turn)
        guard !room.isFull else {
            trace(call, turn.time, "Conference full", [
                ("conference", key.name), ("max_members", String(room.maxMembers)),
            ])
            finish(.next(after: .zero), turn)
            return
        }
        let member = ConferenceMember(
            memberID: room.makeMemberID(), call: call, element: element, room: room, joinedAt: turn.time, finish: finish)
        room.add(member)
        if !element.stayAlone { room.endsWhenAlone = true }
        member.endHook = call.endHooks.add { [self] turn in
            leave(member, continuing: false, because: "the call ended", turn)
        }
        // The member hears its call's keys while in the room: `*`, `digitsMatch`, and relaying them to the others.
        // Unowned: the member holds these closures, and only it calls them.
        call.listener = member
        member.onStar = { [self, unowned member] turn in
            trace(member.call, turn.time, "Conference hangupOnStar")
            leave(member, continuing: true, because: "the member pressed *", turn)
        }
        member.onMatch = { [self, unowned member] match, turn in
            trace(member.call, turn.time, "Conference digits matched", [("pattern", match)])
            conferenceEvent("digits", member, turn, extra: ["ConferenceDigitsMatch": match])
        }
        member.onRelay = { [self, unowned member] keys, turn in
            for other in member.room.members where other !== member {
                trace(other.call, turn.time, "Conference keys relayed", [("digits", keys), ("from_member_id", member.memberID)])
            }
        }
        trace(call, turn.time, "Conference entered", [
            ("conference", key.name), ("conference_uuid", room.conferenceUUID), ("member_id", member.memberID),
            ("members", String(room.members.count)), ("muted", member.muted ? "true" : "false"),
        ])
        traceSound(element.enterSound, "enter", to: room, turn)
        conferenceEvent("enter", member, turn)
        if element.record && room.recording == nil { recordFromXML(room, element, call, turn) }
        if element.startConferenceOnEnter && !room.started {
            room.started = true
            for waiting in room.members where waiting !== member {
                trace(waiting.call, turn.time, "Conference started", [("by_member_id", member.memberID)])
            }
        } else if !room.started {
            var details = [("conference", key.name)]
            if let sound = element.waitSound { details.append(("wait_sound", sound)) }
            trace(call, turn.time, "Conference waits to start", details)
        }
        conferences.publish(room)
    }

    private func openRoom(_ key: ConferenceKey, _ element: Conference, _ call: Call, _ turn: EngineTurn) -> ConferenceRoom {
        let room = ConferenceRoom(
            key: key, conferenceUUID: makeUUID(), accountID: call.setup.accountID, createdAt: turn.time,
            maxMembers: element.maxMembers)
        room.timeLimit = turn.timer(at: turn.time + .seconds(Int64(element.timeLimit))) { [self] turn in
            endRoom(room, because: "the conference's timeLimit", turn)
        }
        conferences.open(room)
        return room
    }

    /// The member leaves the room: `exit` reaches `callbackUrl`; a member whose call goes on requests `action`
    /// (or runs the next verb); then the room ends if the rules say so.
    func leave(_ member: ConferenceMember, continuing: Bool, because reason: String, _ turn: EngineTurn) {
        guard !member.hasLeft else { return }
        member.hasLeft = true
        let room = member.room
        let call = member.call
        if let endHook = member.endHook { call.endHooks.remove(endHook) }
        room.remove(member)
        if call.listener === member { call.listener = nil }
        trace(call, turn.time, "Conference left", [
            ("conference", room.key.name), ("member_id", member.memberID), ("reason", reason),
        ])
        traceSound(member.element.exitSound, "exit", to: room, turn)
        conferenceEvent("exit", member, turn)
        if continuing, !member.isBeingHungUp, !call.isOver, call.generation == member.generation {
            let element = member.element
            var parameters = member.parameters
            if let recording = room.recording?.recording {
                parameters["RecordUrl"] = recording.url
                parameters["RecordingID"] = recording.recordingID
            }
            finishWithAction(
                element.action.map { CallURL($0, method: element.method.rawValue) }, redirect: element.redirect,
                parameters: parameters, on: call, turn, member.finish)
        }
        guard !room.isEnding else { return }
        if member.element.endConferenceOnExit {
            endRoom(room, because: "member \(member.memberID) left with endConferenceOnExit", turn)
        } else if room.members.isEmpty {
            finishRecording(of: room, reason: "the conference ended", turn)
            conferences.close(room)
        } else if room.endsWhenAlone && room.members.count == 1 {
            endRoom(room, because: "one member left and stayAlone is false", turn)
        } else {
            conferences.publish(room)
        }
    }

    /// Every member leaves, their calls going on with their next verb; the room closes.
    func endRoom(_ room: ConferenceRoom, because reason: String, _ turn: EngineTurn) {
        guard !room.isEnding else { return }
        room.isEnding = true
        for member in room.members {
            trace(member.call, turn.time, "Conference ended", [("conference", room.key.name), ("reason", reason)])
            leave(member, continuing: true, because: "the conference ended", turn)
        }
        finishRecording(of: room, reason: "the conference ended", turn)
        conferences.close(room)
    }

    /// `callbackUrl`'s events: the member's call's standard parameters, `ConferenceAction` and the member's ids.
    private func conferenceEvent(
        _ action: String, _ member: ConferenceMember, _ turn: EngineTurn, extra: [String: String] = [:]
    ) {
        guard let url = member.element.callbackURL else { return }
        var parameters = member.call.parameters(event: nil)
        parameters.merge(member.parameters) { _, own in own }
        parameters["ConferenceAction"] = action
        parameters.merge(extra) { _, own in own }
        notify(member.call, kind: "conference_\(action)", url: CallURL(url, method: member.element.callbackMethod.rawValue),
               parameters: parameters, at: turn.time)
    }

    /// `record="true"`: the room is recorded from this member's arrival (`recordFileFormat`) until it ends.
    private func recordFromXML(_ room: ConferenceRoom, _ element: Conference, _ call: Call, _ turn: EngineTurn) {
        let format: RecordingRecord.Format = element.recordFileFormat.rawValue == "wav" ? .wav : .mp3
        var recording = LiveRecording(
            recordingID: makeUUID(), apiID: makeUUID(), format: format, timeLimit: .seconds(Int64(element.timeLimit)),
            callback: nil)
        recording.url = recordings.url(of: RecordingRecord(
            recordingID: recording.recordingID, accountID: call.setup.accountID, subaccountID: call.setup.subaccountID,
            callUUID: call.uuid, conferenceName: room.key.name, kind: .conference, format: format,
            startedAt: turn.time, endedAt: turn.time))
        startRecording(recording, of: room.key, uuid: room.conferenceUUID, turn)
    }

    /// `enterSound` and `exitSound` are heard by the room: traced on every member's call there (no audio is carried;
    /// a URL's XML is not fetched).
    private func traceSound(_ sound: ConferenceSound, _ kind: String, to room: ConferenceRoom, _ turn: EngineTurn) {
        let text = switch sound {
        case .silent: ""
        case .beepOnce: "beep:1"
        case .beepTwice: "beep:2"
        case .url(let url): url
        }
        guard !text.isEmpty else { return }
        for member in room.members {
            trace(member.call, turn.time, "Conference \(kind) sound", [("sound", text)])
        }
    }
}
