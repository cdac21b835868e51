#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif
import Dispatch
import Primitives
import Synchronization

/// An HTTP/1.1 server on POSIX sockets.
///
/// ## Concurrency model
/// A fixed set of event-loop threads (``HTTPServerConfiguration/eventLoopCount``, one per core by default), each
/// with its own level-triggered `epoll` set over non-blocking sockets, like nginx's workers. All loops watch the one
/// listening socket with `EPOLLEXCLUSIVE`, so the kernel wakes one loop per new connection; that loop hands it to
/// whichever loop serves the fewest connections (itself unless another serves fewer), so a client's pool opened in
/// a burst is spread over the cores. A connection then lives on that loop, and its state is touched by that thread
/// only: no locks on the hot path.
/// Responders run inline on the loop thread, which is the fastest path for work measured in microseconds (SQLite
/// reads, JSON encoding). Slow work returns ``HTTPResponse/deferred(_:)``, completes on another thread and is
/// handed back through the loop's mailbox and `eventfd`. No syscall ever blocks Swift's cooperative thread pool,
/// and the number of threads never grows with the number of connections. After each batch of events a loop yields
/// its core, so that clients sharing the machine get their turn between batches, not when the kernel's time slice
/// ends.
///
/// ## Behaviour, following RFC 9112 and nginx where the RFC leaves a choice
/// Keep-alive by default on HTTP/1.1, close on HTTP/1.0 unless asked; pipelined requests answered in order;
/// `100 Continue` sent as soon as a head with `Expect: 100-continue` is parsed; a parse error answered (400, 413,
/// 414, 431, 505) with `Connection: close` and a lingering close; header, body and idle timeouts, and a deadline
/// for a whole request however it trickles (``HTTPServerConfiguration/requestTimeout``); a bound on open
/// connections, of which idle ones (kept alive, or opened and silent) make room for new clients: one client
/// address keeps at most ``HTTPServerConfiguration/maxIdleConnectionsPerClient`` while it opens more, and a
/// reserve of slots is kept free by closing the longest-idle connection of the client holding the most
/// (``HTTPServerConfiguration/reservedConnections``), so idle connections cannot lock other clients out; only when
/// every connection is busy does a new one get 503 and a close. A deferred answer whose connection closes before it is sent is
/// cancelled (``HTTPResponsePromise/onCancel(_:)``); if its responder registered a cancellation hook, the client's
/// end of input is taken as its going away, as nginx does for a proxied request, and the connection closes.
public final class HTTPServer: Sendable {
    private struct Running {
        var shared: ServerShared
        var loops: [EventLoop]
        /// Left by each loop thread as it ends.
        var finished: DispatchGroup
        var port: Int
        /// Set by the first ``stop()`` of this run; a later ``start()`` begins a new run.
        var stopping = false
    }

    public let configuration: HTTPServerConfiguration
    private let responder: any HTTPResponder
    private let log: @Sendable (String) -> Void
    private let state = LockedValue<Running?>(nil)

    /// Creates a server; nothing is bound until ``start()``.
    public init(
        configuration: HTTPServerConfiguration,
        responder: some HTTPResponder,
        log: @escaping @Sendable (String) -> Void = { print($0) }
    ) {
        self.configuration = configuration
        self.responder = responder
        self.log = log
    }

    /// The bound port (the real one when the configuration asked for 0); 0 before start.
    public var port: Int { state.withLock { $0?.port ?? 0 } }

    /// Connections open now, across all loops.
    public var connectionCount: Int { state.withLock { $0?.shared.connectionCount ?? 0 } }

    /// How many connections each loop serves, for tests of how they are spread.
    var connectionCountsPerLoop: [Int] {
        state.withLock { $0?.loops.map { $0.load.load(ordering: .relaxed) } ?? [] }
    }

    /// Binds, listens and starts the event loops; returns once the server accepts connections. A stopped server
    /// may be started again (this waits for a stop still in progress); starting a running one is a programming error.
    public func start() throws {
        if let previous = state.withLock({ $0 }) {
            precondition(previous.stopping, "HTTPServer.start() called on a running server")
            previous.finished.wait()
        }
        let listener = try Socket.makeListening(host: configuration.host, port: configuration.port, backlog: configuration.backlog)
        do {
            let port = try Socket.localPort(of: listener)
            let shared = ServerShared(configuration: configuration, responder: responder, listener: listener, log: log)
            let loops = try (0..<max(1, configuration.eventLoopCount)).map { _ throws(SocketError) in try EventLoop(shared: shared) }
            for loop in loops { loop.peers = loops }
            let finished = DispatchGroup()
            for (index, loop) in loops.enumerated() {
                do {
                    try LoopThread.spawn(name: "http-loop-\(index)", finished: finished) { loop.run() }
                } catch {
                    // The loops already running must let go of the listener before it is closed below.
                    shared.startDraining()
                    for started in loops[..<index] { started.post(.drain {}) }
                    finished.wait()
                    for loop in loops { loop.peers = [] }  // the loops that never ran hold each other
                    throw error
                }
            }
            state.withLock { $0 = Running(shared: shared, loops: loops, finished: finished, port: port) }
        } catch {
            close(listener)
            throw error
        }
    }

    /// Stops accepting, lets in-flight requests finish (up to the grace period), closes every connection and
    /// returns when all loop threads have ended. Safe to call more than once, from any thread but a loop's.
    public func stop() {
        let (current, first) = state.withLock { state -> (Running?, Bool) in
            guard let running = state else { return (nil, false) }
            state?.stopping = true
            return (running, !running.stopping)
        }
        guard let running = current else { return }
        if first {
            running.shared.startDraining()
            let removed = DispatchGroup()
            for loop in running.loops {
                removed.enter()
                // A loop that already ended (after an epoll failure) refuses the message; nothing to wait for.
                if !loop.post(.drain { removed.leave() }) { removed.leave() }
            }
            removed.wait()
            // Every loop has dropped the listener from its epoll set, so closing it cannot race a wake-up.
            close(running.shared.listener)
        }
        running.finished.wait()
    }

    /// Blocks the calling thread until the server has stopped. Any number of threads may wait, any number of times.
    public func waitUntilStopped() {
        state.withLock { $0?.finished }?.wait()
    }
}
