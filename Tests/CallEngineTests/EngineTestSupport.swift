import Primitives
@testable import CallEngine

/// A callback port that answers every request at once with `status` and records what it was asked.
final class RecordingCallbacks: CallbackPort {
    private let sent = LockedValue<[EngineCallback]>([])
    let status: Int

    init(status: Int = 200) {
        self.status = status
    }

    var callbacks: [EngineCallback] { sent.withLock { $0 } }

    func send(_ callback: EngineCallback, completion: @escaping @Sendable (CallbackExchange) -> Void) {
        sent.withLock { $0.append(callback) }
        completion(CallbackExchange(
            callback: callback, requestURL: callback.url, requestHeaders: [], status: status, contentType: "text/plain",
            body: Array("OK".utf8), bodyTruncated: false, error: nil, durationMilliseconds: 0))
    }
}

/// A store that records what the engine hands it, and knows the numbers a test says accounts hold.
final class RecordingStore: EngineStore {
    private let applied = LockedValue<[EngineChange]>([])
    let destinations: [String: NumberDestination]

    init(destinations: [String: NumberDestination] = [:]) {
        self.destinations = destinations
    }

    var changes: [EngineChange] { applied.withLock { $0 } }

    func apply(_ changes: [EngineChange]) {
        applied.withLock { $0 += changes }
    }

    func destination(ofNumber number: String) -> NumberDestination? {
        destinations[number]
    }
}

/// An engine on a manual clock starting at 2026-01-01 00:00:00 UTC, started, with its ports.
struct EngineHarness {
    static let origin = SimulatedTime(microseconds: 1_767_225_600_000_000)
    let pace = ManualPace(origin: origin)
    let engine: EngineLoop
    let callbacks = RecordingCallbacks()
    let store: RecordingStore
    let traces = TraceBook()
    let messaging: MessagingService

    init(destinations: [String: NumberDestination] = [:]) {
        store = RecordingStore(destinations: destinations)
        engine = EngineLoop(pace: pace, store: store)
        let counter = LockedValue(0)
        messaging = MessagingService(
            engine: engine, callbacks: callbacks, store: store, traces: traces,
            makeUUID: { "reply-\(counter.withLock { $0 += 1; return $0 })" })
        _ = engine.start()
    }

    /// Moves the clock on and waits for what became due.
    func advance(by duration: SimulatedDuration) {
        pace.advance(by: duration)
        engine.waitUntilIdle()
    }

    static let credentials = CallbackCredentials(authToken: "token", mainAuthToken: "token")
}
