/// An inbound call: a handset calls a number or endpoint of the account. It rings at Plivo while the answer
/// URL is requested (`CallStatus=ringing`), and is answered when its XML first needs the line
/// (``VerbContext/answer()``).
extension CallRuntime {
    func startInbound(_ setup: CallSetup, _ turn: EngineTurn) {
        let call = admit(setup)
        call.status = .ringing
        call.ringingAt = turn.time
        publish(call)
        trace(call, turn.time, "ringing", [("from", setup.from), ("to", setup.to)])
        fetchDocument(call, from: setup.answer, .answer, turn)
    }
}
