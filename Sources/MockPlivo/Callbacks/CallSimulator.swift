import CallEngine
import FoundationEssentials
import PlivoCatalog
import PlivoStore

/// The simulation routes' inbound call (`docs/simulation.md`): a thin wrapper over the call engine. It starts an
/// inbound call to an application's URLs, with a caller who hangs up `duration` seconds after the answer, and
/// once the call has ended (and its hangup request been answered) turns the call's trace into a
/// ``SimulationRecord``: every request made, in order, and how the call ended.
///
/// The call runs on the engine's clock like any other: with `--time-scale 1` a call whose XML speaks for ten
/// seconds answers the simulation route after ten seconds; `--time-scale 0` answers at once.
final class CallSimulator: Sendable {
    let engine: EngineComponents
    let log: SimulationLog

    init(engine: EngineComponents, log: SimulationLog) {
        self.engine = engine
        self.log = log
    }

    /// Throws what the call would be refused for before any request is made, so a caller can answer at once.
    static func validate(_ request: CallSimulationRequest) throws(SimulationError) {
        guard !request.application.answerURL.isEmpty else {
            throw .noAnswerURL(applicationID: request.application.appID)
        }
        guard !request.from.isEmpty else { throw .missingParameter("from") }
        guard !request.to.isEmpty else { throw .missingParameter("to") }
    }

    /// Starts the call; `completion` gets its record once it has ended, on a thread of the callback client.
    func simulateCall(
        _ request: CallSimulationRequest,
        completion: @escaping @Sendable (Result<SimulationRecord, SimulationError>) -> Void
    ) {
        do {
            try Self.validate(request)
        } catch {
            completion(.failure(error))
            return
        }
        let application = request.application
        let callUUID = request.callUUID ?? engine.sending.ids.makeRandomUUID()
        let startedAt = Date()
        let (rate, interval) = Self.inboundRating(of: request.to)
        var remote = VoiceBehaviour()
        remote.hangupAfter = .seconds(Int64(request.durationSeconds))
        let setup = CallSetup(
            direction: .inbound, callUUID: callUUID, requestUUID: nil, accountID: application.accountID,
            subaccountID: application.subaccountID, from: request.from, to: request.to,
            forwardedFrom: request.forwardedFrom, answer: CallURL(application.answerURL, method: application.answerMethod),
            fallback: application.fallbackAnswerURL.isEmpty
                ? nil : CallURL(application.fallbackAnswerURL, method: application.fallbackMethod),
            hangup: application.hangupURL.isEmpty ? nil : CallURL(application.hangupURL, method: application.hangupMethod),
            credentials: CallbackCredentials(authToken: request.authToken, mainAuthToken: request.mainAuthToken),
            rate: rate, billingInterval: interval, remote: remote, startAt: engine.loop.now)
        let (traces, log) = (engine.traces, log)
        engine.calls.receive(setup) { ended in
            let record = Self.record(
                of: ended, trace: traces.trace(id: callUUID), application: application, startedAt: startedAt)
            log.append(record)
            completion(.success(record))
        }
    }

    /// Starts the call and suspends, without blocking a thread, until its record is ready.
    func simulateCall(_ request: CallSimulationRequest) async throws(SimulationError) -> SimulationRecord {
        let result = await withCheckedContinuation { continuation in
            simulateCall(request) { continuation.resume(returning: $0) }
        }
        return try result.get()
    }

    /// The per-minute rate of an inbound call to `to`: its country's local inbound rate; the US `ip` rate for a
    /// SIP URI, and the US local rate for a number no catalog country claims.
    static func inboundRating(of to: String) -> (Money, BillingInterval) {
        let pricing = Pricing.standard
        guard !to.hasPrefix("sip:"), let country = pricing.country(forNumber: to) else {
            let us = pricing.pricing(forCountryISO: "US")?.voice
            return ((to.hasPrefix("sip:") ? us?.inbound.ip : us?.inbound.local) ?? Pricing.restOfWorldVoiceRate, .perMinute)
        }
        return (country.pricing.voice.inbound.local, country.pricing.voice.billingInterval)
    }

    private static func record(
        of call: CallRecord, trace: Trace?, application: Application, startedAt: Date
    ) -> SimulationRecord {
        let callbacks = (trace?.entries ?? []).compactMap { entry in entry.exchange.map(CallbackAttempt.init) }
        let outcome: SimulationRecord.Outcome = switch call.cause.code {
        case 7011, 8011: .disconnected
        default: callbacks.contains { $0.kind == .fallback } ? .answeredByFallback : .answered
        }
        return SimulationRecord(
            id: call.callUUID, kind: .call, applicationID: application.appID, accountID: application.accountID,
            subaccountID: application.subaccountID, callUUID: call.callUUID, messageUUID: nil, outcome: outcome,
            hangupCause: call.cause, callbacks: callbacks, startedAt: startedAt, finishedAt: Date())
    }
}
