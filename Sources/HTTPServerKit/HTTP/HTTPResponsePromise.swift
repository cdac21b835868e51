import Synchronization

/// Why a deferred response will not be sent as planned (``HTTPResponsePromise/onCancel(_:)``).
public enum HTTPResponseCancellation: Sendable, Equatable {
    /// The connection closed before the response was sent: the client closed or reset it, or the server closed it
    /// at the end of its shutdown grace period. Nothing can be sent any more, and a later completion is ignored.
    case connectionClosed
    /// The server is stopping (``HTTPServer/stop()``): answer now, for example with a 503, rather than keep the stop
    /// waiting; an answer still outstanding at the end of the grace period is dropped with its connection.
    case serverStopping
}

/// Completes a deferred ``HTTPResponse`` from any thread, with a response or with an error that the middleware
/// around the handler renders as it renders thrown ones. Only the first completion counts.
///
/// A responder that holds something for the answer (a long-poll's place in a queue, a timer) registers
/// ``onCancel(_:)`` to let go of it when the answer can no longer be sent. Registering a hook also tells the
/// server that the answer may be abandoned: when the client closes its side of the connection (end of input)
/// while such an answer is outstanding, the server closes the connection and cancels, as nginx treats a client
/// that closes during a proxied request. Without a hook, a client that half-closes after sending still gets its
/// answer.
public final class HTTPResponsePromise: Sendable {
    private let completion: @Sendable (Result<HTTPResponse, any Error>) -> Void
    // The loop matches a completion to whichever deferred request its connection awaits *now*, so a second
    // completion would answer the next pipelined request with this one's response.
    private let completed = Atomic<Bool>(false)
    /// Shared by the promises that stand for one answer (``init(chainedTo:_:)``), so that a hook registered on
    /// any of them runs when the server cancels the one it holds.
    private let cancellation: Cancellation

    /// Creates a promise that hands the outcome to `completion`, once.
    public init(_ completion: @escaping @Sendable (Result<HTTPResponse, any Error>) -> Void) {
        self.completion = completion
        cancellation = Cancellation()
    }

    /// Creates a promise for a middleware that wraps a deferred answer: it completes through `completion` (which
    /// usually completes `outer`), and shares `outer`'s cancellation, so a hook registered on it runs when the
    /// server cancels `outer`. ``HTTPResponse/map(_:)`` and ``HTTPResponse/recover(_:)`` use it.
    public init(
        chainedTo outer: HTTPResponsePromise, _ completion: @escaping @Sendable (Result<HTTPResponse, any Error>) -> Void
    ) {
        self.completion = completion
        cancellation = outer.cancellation
    }

    /// Delivers the response to the connection that waits for it; later calls are ignored.
    public func succeed(_ response: HTTPResponse) {
        complete(.success(response))
    }

    /// Fails the request with `error`, as if the handler had thrown it; later calls are ignored.
    public func fail(_ error: any Error) {
        complete(.failure(error))
    }

    /// Delivers `result`; later calls are ignored.
    public func complete(_ result: Result<HTTPResponse, any Error>) {
        guard !completed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        completion(result)
    }

    /// Runs `handler` once, on a server thread, if the answer is cancelled before it is sent (with the first
    /// reason: ``HTTPResponseCancellation``); at once if it already was. It must not block: let go of what was held
    /// for the answer, answer at once if the server is stopping, and return.
    public func onCancel(_ handler: @escaping @Sendable (HTTPResponseCancellation) -> Void) {
        cancellation.add(handler)
    }

    /// Whether the answer was cancelled, for either reason (see ``HTTPResponseCancellation``).
    public var isCancelled: Bool { cancellation.reason != nil }

    /// Whether a cancellation hook is registered, so that the server may abandon the answer.
    var isCancellable: Bool { cancellation.hasHandlers }

    /// Cancels the answer, running the hooks registered so far; called by the server, at most once counts.
    func cancel(_ reason: HTTPResponseCancellation) {
        cancellation.cancel(reason)
    }
}

/// The cancellation state of one deferred answer, shared by the promises chained for it.
///
/// Behind Synchronization's `Mutex` rather than Primitives' `LockedValue` so that `HTTP/` stays free of other
/// modules (the parser fuzzer compiles it alone, `scripts/fuzz-parser.sh`); the lock is taken a few times per
/// deferred answer, never per request, so its priority-inheritance futex costs nothing that shows.
private final class Cancellation: Sendable {
    private struct State {
        var reason: HTTPResponseCancellation?
        var handlers: [@Sendable (HTTPResponseCancellation) -> Void] = []
    }

    private let state = Mutex(State())

    var reason: HTTPResponseCancellation? { state.withLock { $0.reason } }

    var hasHandlers: Bool { state.withLock { !$0.handlers.isEmpty } }

    func add(_ handler: @escaping @Sendable (HTTPResponseCancellation) -> Void) {
        let cancelled: HTTPResponseCancellation? = state.withLock { state in
            if state.reason == nil { state.handlers.append(handler) }
            return state.reason
        }
        if let cancelled { handler(cancelled) }
    }

    func cancel(_ reason: HTTPResponseCancellation) {
        let handlers: [@Sendable (HTTPResponseCancellation) -> Void] = state.withLock { state in
            guard state.reason == nil else { return [] }
            state.reason = reason
            defer { state.handlers = [] }
            return state.handlers
        }
        // Outside the lock: a hook may complete the promise or register more.
        for handler in handlers { handler(reason) }
    }
}
