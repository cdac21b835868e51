import PlivoXML

/// One call in a room: the running `<Conference>` element of that call. It hears the call's keys while in the
/// room (`hangupOnStar`), and holds what the element finishes with when the member leaves.
final class ConferenceMember: InputListener {
    let memberID: String
    let call: Call
    let element: Conference
    /// Strong: the room drops its members when it ends, which breaks the cycle.
    let room: ConferenceRoom
    let joinedAt: SimulatedTime
    /// The call's program when it joined: a transfer since means the element's document no longer runs.
    let generation: Int
    let finish: VerbFinish
    var muted: Bool
    var deaf = false
    var hasLeft = false
    /// Its call is about to be hung up by the API: if the room ends first, the member leaves without asking
    /// `action` where its call goes next, as it goes nowhere.
    var isBeingHungUp = false
    /// Its entry in the call's end hooks, removed when it leaves before the call ends.
    var endHook: CallEndHooks.Token?
    /// Told of `*` with `hangupOnStar` (the runtime makes the member leave).
    var onStar: ((EngineTurn) -> Void)?
    /// Told of a `digitsMatch` pattern the member's keys ended with (the runtime reports it to `callbackUrl`).
    var onMatch: ((String, EngineTurn) -> Void)?
    /// Keys pressed in the room since the last match.
    private var pressed = ""

    init(memberID: String, call: Call, element: Conference, room: ConferenceRoom, joinedAt: SimulatedTime, finish: @escaping VerbFinish) {
        self.memberID = memberID
        self.call = call
        self.element = element
        self.room = room
        self.joinedAt = joinedAt
        self.finish = finish
        generation = call.generation
        muted = element.muted
    }

    var snapshot: LiveConferenceMember {
        LiveConferenceMember(
            memberID: memberID, callUUID: call.uuid, from: call.setup.from, to: call.setup.to,
            callerName: call.setup.callerName, direction: call.setup.direction, muted: muted, deaf: deaf,
            joinedAt: joinedAt)
    }

    /// The parameters that name the member in its callbackUrl and action requests.
    var parameters: [String: String] {
        [
            "ConferenceName": room.key.name, "ConferenceUUID": room.conferenceUUID, "ConferenceMemberID": memberID,
            "CallUUID": call.uuid,
        ]
    }

    /// Told of keys to pass on to the other members (`relayDTMF`).
    var onRelay: ((String, EngineTurn) -> Void)?

    func keys(_ keys: String, _ turn: EngineTurn) {
        if element.relayDTMF && !hasLeft { onRelay?(keys, turn) }
        for key in keys {
            guard !hasLeft else { return }
            if element.hangupOnStar && key == "*" {
                onStar?(turn)
                return
            }
            pressed.append(key)
            if let match = element.digitsMatch.first(where: { pressed.hasSuffix($0) }) {
                pressed = ""
                onMatch?(match, turn)
            }
        }
    }

    func speech(_ text: String, confidence: Double, _ turn: EngineTurn) -> Bool { false }
}
