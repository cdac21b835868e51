/// Whatever on a call is listening to the other end right now (a GetDigits or GetInput collecting, a Record that
/// stops on a key): keys and speech from the handset, scripted or sent through the control API, reach it.
/// One at a time per call (``Call/listener``); engine thread only.
protocol InputListener: AnyObject {
    /// Keys pressed on the other end, at `turn`'s time.
    func keys(_ keys: String, _ turn: EngineTurn)
    /// Words said on the other end. False when the listener does not listen for speech.
    func speech(_ text: String, confidence: Double, _ turn: EngineTurn) -> Bool
}
