import Dispatch
import Primitives

/// A non-blocking HTTP/1.1 client for callbacks to the users' servers: `send` hands a request over and returns
/// at once; the completion runs when the response, a failure or the deadline comes.
///
/// ## Concurrency model
/// One event-loop thread per client (`outbound-http`), with its own level-triggered `epoll` set over
/// non-blocking sockets, like HTTPServerKit's loops. `send` may be called from any thread: it parses the URL
/// and serializes the request on the caller's thread, then posts it to the loop's mailbox (a lock-guarded array
/// and an `eventfd` wake). Every other piece of state (queues, connections, timers) belongs to the loop thread
/// alone, so none of it is locked. Deadlines sit in a timer heap whose earliest entry bounds each `epoll_wait`.
///
/// **Completions run on the loop's thread**, every one of them, failures included (a bad URL, a full queue, a
/// timeout): keep them short and hand real work to another thread or task. A completion may call `send` again.
/// The one exception: a request sent after ``shutdown()`` fails at once on the sender's thread.
///
/// The loop never blocks. Name resolution, which only getaddrinfo(3) can do and which may block for seconds,
/// runs on a few helper threads, except for numeric addresses and `localhost`, resolved inline; answers are
/// cached. https goes through libcurl's blocking easy API on a small bounded set of secure threads whose
/// results come back through the mailbox, so their completions run on the loop as well; http never touches
/// libcurl.
///
/// ## Isolation
/// Connections, queues and bounds are per ``PoolKey``: the `pool` given to `send` (an account id) and the
/// origin (scheme, host, port). Each has at most ``Configuration/maxConnectionsPerHost`` connections and
/// ``Configuration/maxQueuedPerHost`` requests waiting for one; beyond that a request fails at once. So an
/// account whose server is slow or black-holed fills its own connections and queue, and its requests time out,
/// while every other account's go on, on their own connections. https is bounded by threads as well: see
/// ``Configuration/maxSecureExchangesPerPool``.
///
/// ## Deadlines
/// `timeout` covers the whole exchange from the moment `send` is called: waiting in the queue, resolving the
/// name, connecting, writing and reading. Queue wait counts so that a request to a black-holed host cannot
/// wait forever behind others that time out one after another. At the deadline the request fails with
/// `.timedOut` and the connection carrying it, if any, is closed.
///
/// ## Connections
/// http requests go out with `Connection: keep-alive`; a connection whose response was read whole and framed
/// by `Content-Length` or chunks goes back to its pool, is reused most-recent-first, and is closed after
/// ``Configuration/idleTimeout`` unused or as soon as the server closes it. Redirects are not followed (the
/// signatures cover the configured URL); user info in the URL becomes Basic credentials; header lines with CR
/// or LF are dropped.
package final class OutboundHTTPClient: Sendable {
    /// The process's client, started on first use: what ``CallbackClient`` sends http callbacks through. A
    /// failure to start (no thread, no epoll) is kept, and every request through it reports that.
    package static let shared = Result { () throws(CallbackTransportError) in try OutboundHTTPClient() }

    package let configuration: Configuration
    private let loop: ClientLoop

    /// Starts the client's loop thread.
    package init(configuration: Configuration = Configuration()) throws(CallbackTransportError) {
        self.configuration = configuration
        loop = try ClientLoop(configuration: configuration)
        try loop.start()
    }

    deinit {
        loop.post(.shutdown)
    }

    /// Sends `request` and calls `completion` with the response or the failure, on the client's loop thread
    /// (see the type's documentation). Never blocks.
    ///
    /// - Parameters:
    ///   - pool: the isolation key, an account id: requests of different pools never share a connection or a queue.
    ///   - timeout: the whole exchange, queue wait included.
    ///   - maxResponseBytes: the body bound for this request; the configuration's when nil.
    package func send(
        _ request: CallbackRequest, pool: String, timeout: Duration, maxResponseBytes: Int? = nil,
        completion: @escaping @Sendable (Result<CallbackHTTPResponse, CallbackTransportError>) -> Void
    ) {
        let deadline = MonotonicInstant.now + timeout
        let message: ClientLoop.Message
        do {
            let target = try CallbackTarget(request.url)
            message = .submit(
                ClientLoop.Submission(
                    request: target.isSecure ? request : nil, target: target, pool: pool,
                    wireBytes: target.isSecure ? [] : request.wireBytes(for: target, keepAlive: true),
                    deadline: deadline, maxResponseBytes: max(maxResponseBytes ?? configuration.maxResponseBytes, 0),
                    completion: completion))
        } catch {
            message = .refuse(completion, error)
        }
        if !loop.post(message) { completion(.failure(.shutDown)) }
    }

    /// Sends `request` and suspends, without blocking a thread, until the outcome is known. Cancelling the task
    /// does not cancel the request: its deadline bounds it.
    package func send(
        _ request: CallbackRequest, pool: String, timeout: Duration, maxResponseBytes: Int? = nil
    ) async -> Result<CallbackHTTPResponse, CallbackTransportError> {
        await withCheckedContinuation { continuation in
            send(request, pool: pool, timeout: timeout, maxResponseBytes: maxResponseBytes) {
                continuation.resume(returning: $0)
            }
        }
    }

    /// Closes every connection and fails every pending request with ``CallbackTransportError/shutDown``, then
    /// returns once their completions have run (at once when called from a completion, on the loop itself).
    /// Later requests fail at once. Safe to call more than once, from any thread.
    package func shutdown() {
        loop.post(.shutdown)
        if !loop.isCurrentThread { loop.finished.wait() }
    }

    /// Connections open now (connecting, busy or idle), across every pool.
    package var openConnections: Int { loop.openConnections.load(ordering: .relaxed) }

    /// Connections opened since the client started: how many requests did not reuse one.
    package var connectionsOpened: Int { loop.connectionsOpened.load(ordering: .relaxed) }
}
