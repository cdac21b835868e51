import Dispatch
import PlivoCatalog
import Primitives
import Synchronization
@testable import CallEngine

/// A callback port that answers each URL as a test scripts it (XML for answer URLs, anything for the rest),
/// records every request, and can answer late, from another thread, as a slow server would.
final class ScriptedCallbacks: CallbackPort {
    struct Reply: Sendable {
        var status: Int?
        var body: String
        var contentType = "application/xml"
        var error: String?
    }

    private let sent = LockedValue<[EngineCallback]>([])
    private let replies: LockedValue<[String: Reply]>
    /// Real time each reply takes.
    let latency: Duration

    init(_ replies: [String: Reply] = [:], latency: Duration = .zero) {
        self.replies = LockedValue(replies)
        self.latency = latency
    }

    func reply(_ url: String, status: Int? = 200, body: String = "", error: String? = nil) {
        replies.withLock { $0[url] = Reply(status: status, body: body, error: error) }
    }

    var callbacks: [EngineCallback] { sent.withLock { $0 } }

    func callbacks(kind: String) -> [EngineCallback] { callbacks.filter { $0.kind == kind } }

    func send(_ callback: EngineCallback, completion: @escaping @Sendable (CallbackExchange) -> Void) {
        sent.withLock { $0.append(callback) }
        let reply = replies.withLock { $0[callback.url] } ?? Reply(status: 200, body: "")
        let exchange = CallbackExchange(
            callback: callback, requestURL: callback.url, requestHeaders: [], status: reply.error == nil ? reply.status : nil,
            contentType: reply.contentType, body: Array(reply.body.utf8), bodyTruncated: false, error: reply.error,
            durationMilliseconds: 0)
        if latency == .zero {
            completion(exchange)
        } else {
            let (seconds, attoseconds) = latency.components
            DispatchQueue.global().asyncAfter(
                deadline: .now() + .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
            ) { completion(exchange) }
        }
    }
}

/// A media port that knows each file's length as a test scripts it, and answers late, from another thread, as a
/// file server would: unscripted URLs are unreachable.
final class ScriptedMedia: MediaPort {
    private let lengths: [String: SimulatedDuration]
    let latency: Duration

    init(_ lengths: [String: SimulatedDuration], latency: Duration = .milliseconds(30)) {
        self.lengths = lengths
        self.latency = latency
    }

    func audioLength(
        of url: String, account: String, completion: @escaping @Sendable (Result<SimulatedDuration, MediaError>) -> Void
    ) {
        let result = lengths[url].map { Result.success($0) } ?? .failure(MediaError(.unreachable, "answered 404"))
        let (seconds, attoseconds) = latency.components
        DispatchQueue.global().asyncAfter(
            deadline: .now() + .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
        ) { completion(result) }
    }
}

/// A call engine on a manual clock (or any pace), with scripted callbacks and a store that records CDRs.
struct CallHarness {
    static let origin = EngineHarness.origin
    static let answerURL = "http://127.0.0.1:9/answer"
    static let hangupURL = "http://127.0.0.1:9/hangup"
    let pace: ManualPace?
    let engine: EngineLoop
    let callbacks: ScriptedCallbacks
    let store = RecordingStore()
    let traces = TraceBook()
    let calls: CallService

    init(pace: (any EnginePace)? = nil, callbacks: ScriptedCallbacks = ScriptedCallbacks(), media: (any MediaPort)? = nil) {
        let manual = pace == nil ? ManualPace(origin: Self.origin) : nil
        self.pace = manual
        engine = EngineLoop(pace: pace ?? manual!, store: store)
        self.callbacks = callbacks
        let counter = Mutex(0)
        calls = CallService(
            engine: engine, callbacks: callbacks, media: media, traces: traces,
            makeUUID: { "recording-\(counter.withLock { $0 += 1; return $0 })" })
        _ = engine.start()
    }

    func advance(by duration: SimulatedDuration) {
        pace?.advance(by: duration)
        engine.waitUntilIdle()
    }

    /// The answer URL serves `xml`.
    func answer(with xml: String) {
        callbacks.reply(Self.answerURL, body: xml)
    }

    var records: [CallRecord] {
        store.changes.compactMap { if case .callCompleted(let record) = $0 { record } else { nil } }
    }

    func events(_ callUUID: String) -> [String] {
        traces.trace(id: callUUID)?.entries.map(\.event) ?? []
    }

    static func setup(
        _ uuid: String = "call-1", direction: CallDirection = .outbound, remote: VoiceBehaviour = VoiceBehaviour(),
        at time: SimulatedTime = origin, configure: (inout CallSetup) -> Void = { _ in }
    ) -> CallSetup {
        var setup = CallSetup(
            direction: direction, callUUID: uuid, requestUUID: direction == .outbound ? uuid : nil,
            accountID: "MAACCOUNT", subaccountID: nil, from: "14155550100", to: "14155550199",
            answer: CallURL(answerURL), hangup: CallURL(hangupURL), credentials: EngineHarness.credentials,
            rate: "0.01000", billingInterval: .perMinute, remote: remote, startAt: time)
        configure(&setup)
        return setup
    }
}
