/// What running a verb leads to, handed back to the runner when the verb is done (at once, or after a fetch).
enum VerbOutcome {
    /// Go on with the next verb once this much simulated time has passed.
    case next(after: SimulatedDuration)
    /// Never finishes by itself (`loop="0"`): the call goes on until something ends it.
    case holds
    /// Fetch a document from `url` and run it in place of the rest of this one; `parameters` join the request's
    /// standard ones (`Digits` for a GetDigits action).
    case fetch(CallURL, DocumentSource, parameters: [String: String] = [:])
    /// End the call.
    case hangup(HangupCause)
}

/// Called once with the verb's outcome and the turn it finished in.
typealias VerbFinish = (VerbOutcome, EngineTurn) -> Void

/// One verb's behaviour: what it does to the call and how long it takes. One type per verb, each in its own
/// file; ``VerbContext/perform(_:_:)`` picks it (`VerbContext+Registry.swift`).
protocol VerbPerformer {
    func perform(in context: VerbContext, _ finish: @escaping VerbFinish)
}
