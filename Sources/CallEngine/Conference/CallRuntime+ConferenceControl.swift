/// What the Conference API does to rooms and members, on the engine thread at the simulated present of the
/// request. A room or member gone meanwhile is left alone.
extension CallRuntime {
    /// `DELETE …/Conference/{name}/`: every member's call is hung up, as `DELETE …/Call/{uuid}/` would.
    func hangupConference(_ key: ConferenceKey, uuid: String, _ turn: EngineTurn) {
        guard let room = conferences.room(key, uuid: uuid) else { return }
        // Marked first: the first call hung up may end the room (`endConferenceOnExit`, `stayAlone="false"`)
        // and take out the others before their turn in this loop.
        for member in room.members { member.isBeingHungUp = true }
        for member in room.members {
            trace(member.call, turn.time, "Conference hung up by the API", [("conference", key.name)])
            hangup(member.call.uuid, turn)
        }
    }

    /// The member operations (`…/Member/{member_id}/…`) on the selected members still in the room.
    func conferenceMembers(
        _ key: ConferenceKey, uuid: String, _ selection: ConferenceMemberSelection, _ action: ConferenceMemberAction,
        _ turn: EngineTurn
    ) {
        guard let room = conferences.room(key, uuid: uuid) else { return }
        let selected = room.members.filter { selection.includes($0.memberID) }
        if case .hangup = action { for member in selected { member.isBeingHungUp = true } }
        // A copy: kicking and hanging up take members out of the room while this goes through them.
        for member in selected {
            switch action {
            case .kick:
                trace(member.call, turn.time, "Conference kick requested by the API")
                leave(member, continuing: true, because: "kicked by the API", turn)
            case .hangup:
                hangup(member.call.uuid, turn)
            case .mute(let muted):
                member.muted = muted
                trace(member.call, turn.time, muted ? "Conference muted by the API" : "Conference unmuted by the API")
            case .deaf(let deaf):
                member.deaf = deaf
                trace(member.call, turn.time, deaf ? "Conference deafened by the API" : "Conference undeafened by the API")
            case .play(let play):
                startPlay(play, on: member.call.uuid, turn)
            case .stopPlay:
                stopSound(.play, on: member.call.uuid, turn)
            case .speak(let speak):
                startSpeak(speak, on: member.call.uuid, turn)
            case .stopSpeak:
                stopSound(.speak, on: member.call.uuid, turn)
            }
        }
        conferences.publish(room)
    }
}
