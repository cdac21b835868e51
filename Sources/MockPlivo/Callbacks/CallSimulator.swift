import FoundationEssentials

/// Plays the phone network for an inbound call to an application, as Plivo does (docs/callbacks.md):
///
/// 1. request `answer_url` with the call parameters (`CallStatus=ringing`);
/// 2. if that is unreachable, times out, answers non-2xx or answers something that is not Plivo XML, request
///    `fallback_answer_url` with the same parameters; if that fails too, or there is none, drop the call;
/// 3. request `hangup_url` with the hangup parameters and a cause saying what happened.
///
/// The call is not actually held open: `Duration` is the requested duration, reported at once.
final class CallSimulator: Sendable {
    /// Plivo's US inbound per-minute rate in units of 0.00001, a plausible value for `BillRate`; the mock bills
    /// nothing. Kept as an integer so that costs are exact and printed without `String(format:)`.
    static let billRateHundredThousandths = 850
    /// The rate as Plivo prints it: `0.00850`.
    static let billRate = fixedPoint(billRateHundredThousandths, places: 5)

    let sender: CallbackSender
    let log: SimulationLog
    private let clock: @Sendable () -> Date

    init(sender: CallbackSender, log: SimulationLog, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.sender = sender
        self.log = log
        self.clock = clock
    }

    /// Plays the call and blocks until its last callback completes; the record is also kept in `log`.
    ///
    /// Blocks the calling thread for up to three callback timeouts: call it from a thread you own, or use
    /// the `async` or completion-handler variants.
    func simulateCall(_ request: CallSimulationRequest) throws(SimulationError) -> SimulationRecord {
        try Self.validate(request)
        let application = request.application

        let callUUID = request.callUUID ?? UUID().uuidString.lowercased()
        let credentials = CallbackSender.Credentials(
            authToken: request.authToken, mainAuthToken: request.mainAuthToken)
        let startedAt = clock()
        let answerParameters = Self.answerParameters(for: request, callUUID: callUUID, sessionStart: startedAt)

        var callbacks: [CallbackAttempt] = []
        let answer = sender.send(
            .answer, to: application.answerURL, method: application.answerMethod, parameters: answerParameters,
            credentials: credentials)
        callbacks.append(answer.attempt)
        var verdict = Self.judge(answer)
        var outcome = SimulationRecord.Outcome.answered

        if case .rejected = verdict {
            outcome = .disconnected
            if !application.fallbackAnswerURL.isEmpty {
                let fallback = sender.send(
                    .fallback, to: application.fallbackAnswerURL, method: application.fallbackMethod,
                    parameters: answerParameters, credentials: credentials)
                callbacks.append(fallback.attempt)
                verdict = Self.judge(fallback)
                if case .accepted = verdict {
                    outcome = .answeredByFallback
                }
            }
        }

        let cause: HangupCause
        let answeredAt: Date?
        switch verdict {
        case .accepted(let document):
            cause = document.hangsUp ? .hungUpByAnswerXML : .normalHangup
            answeredAt = clock()
        case .rejected(let rejectionCause):
            cause = rejectionCause
            answeredAt = nil
        }

        if !application.hangupURL.isEmpty {
            let hangupParameters = Self.hangupParameters(
                answerParameters: answerParameters, cause: cause, startedAt: startedAt, answeredAt: answeredAt,
                durationSeconds: max(request.durationSeconds, 0))
            let hangup = sender.send(
                .hangup, to: application.hangupURL, method: application.hangupMethod,
                parameters: hangupParameters, credentials: credentials)
            callbacks.append(hangup.attempt)
        }

        let record = SimulationRecord(
            id: callUUID, kind: .call, applicationID: application.appID, accountID: application.accountID,
            subaccountID: application.subaccountID, callUUID: callUUID, messageUUID: nil, outcome: outcome,
            hangupCause: cause, callbacks: callbacks, startedAt: startedAt, finishedAt: clock())
        log.append(record)
        return record
    }

    /// Throws what `simulateCall` would throw before making any callback, so a caller can answer at once.
    static func validate(_ request: CallSimulationRequest) throws(SimulationError) {
        guard !request.application.answerURL.isEmpty else {
            throw .noAnswerURL(applicationID: request.application.appID)
        }
        guard !request.from.isEmpty else { throw .missingParameter("from") }
        guard !request.to.isEmpty else { throw .missingParameter("to") }
    }

    /// Plays the call on a simulation thread and calls `completion` there.
    func simulateCall(
        _ request: CallSimulationRequest,
        completion: @escaping @Sendable (Result<SimulationRecord, SimulationError>) -> Void
    ) {
        SimulationThreads.shared.run(
            catching: { () throws(SimulationError) in try self.simulateCall(request) }, completion: completion)
    }

    /// Plays the call on a simulation thread; suspends without blocking the caller's thread.
    func simulateCall(_ request: CallSimulationRequest) async throws(SimulationError) -> SimulationRecord {
        try await SimulationThreads.shared.value(
            catching: { () throws(SimulationError) in try self.simulateCall(request) })
    }

    private enum Verdict {
        case accepted(AnswerXML)
        case rejected(HangupCause)
    }

    /// Plivo's test of an answer: a 2xx whose body is Plivo XML. The cause is what Plivo would report if this
    /// were the last URL tried.
    private static func judge(_ exchange: (attempt: CallbackAttempt, body: [UInt8])) -> Verdict {
        guard exchange.attempt.succeeded else { return .rejected(.errorReachingAnswerURL) }
        // A body cut at the transport's bound loses its closing tag and is rejected too: Plivo also caps
        // the size of answer documents.
        guard let document = AnswerXML(body: exchange.body) else { return .rejected(.invalidAnswerXML) }
        return .accepted(document)
    }
}
