/// Keys and speech from the other end of a call, sent through the control API (a test driving a call step by
/// step rather than scripting its handset up front).
extension CallRuntime {
    /// `keys` pressed now on the other end of `uuid`: whatever listens takes them; otherwise they are heard
    /// by nobody, as on a real call, and only the trace keeps them.
    func press(_ uuid: String, keys: String, _ turn: EngineTurn) {
        guard let call = calls[uuid], !call.isOver else { return }
        trace(call, turn.time, "keys pressed", [("digits", keys), ("heard", call.listener == nil ? "no" : "yes")])
        call.listener?.keys(keys, turn)
    }

    /// `text` said now on the other end of `uuid`: a GetInput listening for speech hears it.
    func say(_ uuid: String, text: String, confidence: Double, _ turn: EngineTurn) {
        guard let call = calls[uuid], !call.isOver else { return }
        let heard = call.listener?.speech(text, confidence: confidence, turn) ?? false
        trace(call, turn.time, "speech", [("speech", text), ("heard", heard ? "yes" : "no")])
    }
}
