#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif
import Primitives
import Synchronization

/// One event-loop thread: an epoll set holding the shared listening socket and the connections this loop serves.
/// See ``HTTPServer`` for the concurrency model.
final class EventLoop: @unchecked Sendable {
    // Everything but `mailbox`, `load` and `epoll.wake()` is confined to the loop's own thread; `peers` is set
    // before the thread starts.
    enum Message {
        case response(connection: UInt64, HTTPResponse)
        /// A connection another loop accepted for this one (see `EventLoop+Accept`).
        case adopt(fd: Int32, address: SocketAddress)
        /// A connection the accepting loop had no room for: serve it if an idle connection here makes room.
        case adoptIfRoom(fd: Int32, address: SocketAddress)
        case drain(done: @Sendable () -> Void)
    }

    /// Messages from other threads. Closed when the loop ends, so that a late `post` is refused, not lost.
    private struct Mailbox {
        var messages: [Message] = []
        var isClosed = false
    }

    // `@exclusivity(unchecked)` on the state read or written for every event: see `Connection`.
    let shared: ServerShared
    let epoll: Epoll
    private let mailbox = LockedValue(Mailbox())
    /// The connections this loop serves or has been handed: what the balancing of new connections compares.
    let load = Atomic<Int>(0)
    /// Every loop of the server, this one included; emptied when the loop ends, which breaks the cycle.
    var peers: [EventLoop] = []
    @exclusivity(unchecked) var connections: [UInt64: Connection] = [:]
    var nextConnectionID: UInt64 = 2
    @exclusivity(unchecked) var scratch = [UInt8](repeating: 0, count: 64 * 1024)
    @exclusivity(unchecked) var date = HTTPDate()
    @exclusivity(unchecked) var now = MonotonicInstant.now
    @exclusivity(unchecked) private var nextSweep = MonotonicInstant.now
    var acceptPausedUntil: MonotonicInstant?
    @exclusivity(unchecked) private var stoppingDeadline: MonotonicInstant?

    init(shared: ServerShared) throws(SocketError) {
        self.shared = shared
        epoll = try Epoll()
        // EPOLLEXCLUSIVE wakes one loop per incoming connection instead of all of them (no thundering herd).
        try epoll.add(shared.listener, token: Epoll.listenerToken, readable: true, writable: false, exclusive: true)
    }

    /// Hands a message to the loop from any thread; false when the loop has ended and will read no more.
    @discardableResult
    func post(_ message: Message) -> Bool {
        let (taken, needsWake) = mailbox.withLock { mailbox in
            guard !mailbox.isClosed else { return (false, false) }
            mailbox.messages.append(message)
            return (true, mailbox.messages.count == 1)
        }
        // One wake per batch of messages, not one write(2) per message (a group commit completes many at once):
        // a mailbox that was not empty has a wake pending already. Safe because `Epoll.wait` reads the eventfd
        // before the loop drains the mailbox, so a message posted after the drain always finds it empty.
        if needsWake { epoll.wake() }
        return taken
    }

    /// Runs until a drain has finished; called on the loop's own thread.
    func run() {
        let hooks = shared.configuration.loopHooks
        // Whatever the last batch and the closing of the mailbox left (a connection's cancellation at stop) is
        // finished before the thread ends: declared first, so it runs after `closeMailbox()`.
        defer { hooks?.batchDidEnd() }
        defer { closeMailbox() }
        let tick = Int32(shared.sweepInterval.components.seconds * 1000
            + shared.sweepInterval.components.attoseconds / 1_000_000_000_000_000)
        var events: [Epoll.Event] = []
        events.reserveCapacity(256)
        hooks?.loopDidStart()
        while true {
            do {
                try epoll.wait(timeoutMilliseconds: tick, into: &events)
            } catch {
                shared.log("error: \(error); event loop stops")
                closeAll()
                return
            }
            now = .now
            date.refresh()
            for event in events {
                switch event.token {
                case Epoll.wakeToken: drainMailbox()
                case Epoll.listenerToken: acceptConnections()
                default:
                    guard let connection = connections[event.token] else { continue }
                    if event.writable { flush(connection) }
                    if event.readable, !connection.isClosed { readAvailable(connection) }
                }
            }
            if !events.isEmpty { hooks?.batchDidEnd() }
            // Yield the CPU after each batch. When this core is shared with other busy threads (clients on the
            // same machine: tests, wrk), a loop that always finds more work would otherwise keep it until the
            // kernel ends its slice, several ms during which those clients wait and their requests age: that
            // set p99 (6-7 ms for 0.25 ms at p50 on Benchmarks/BenchServer). Yielding hands them the core at
            // batch boundaries instead (p99 about 1 ms, throughput unchanged or up). On an otherwise idle core
            // sched_yield returns at once; its cost, one system call per batch, did not show per request.
            if !events.isEmpty { sched_yield() }
            if now >= nextSweep {
                nextSweep = now + shared.sweepInterval
                sweepTimeouts()
                // Closing timed-out connections cancels their deferred answers, whose hooks may leave work too.
                hooks?.batchDidEnd()
            }
            if let deadline = stoppingDeadline {
                if connections.isEmpty { return }
                if now >= deadline {
                    closeAll()
                    return
                }
            }
        }
    }

    private func drainMailbox() {
        let messages = mailbox.withLock { mailbox in
            defer { mailbox.messages.removeAll() }
            return mailbox.messages
        }
        for message in messages {
            switch message {
            case .response(let id, let response):
                guard let connection = connections[id], let pending = connection.pending else { continue }
                connection.pending = nil
                complete(connection, with: response, keepAlive: pending.keepAlive, isHead: pending.isHead)
                process(connection)
            case .adopt(let fd, let address):
                adopt(fd, address: address)
            case .adoptIfRoom(let fd, let address):
                adoptIfRoom(fd, address: address)
            case .drain(let done):
                beginDrain()
                done()
            }
        }
    }

    /// Refuses further messages and settles those left: a connection handed over too late is closed, a drain
    /// acknowledged. Responses are dropped with their connections.
    private func closeMailbox() {
        let leftovers = mailbox.withLock { mailbox in
            mailbox.isClosed = true
            defer { mailbox.messages.removeAll() }
            return mailbox.messages
        }
        for message in leftovers {
            switch message {
            case .response: break
            case .adoptIfRoom(let fd, _):
                close(fd)
            case .adopt(let fd, let address):
                close(fd)
                load.subtract(1, ordering: .relaxed)
                shared.releaseConnection(client: address.host)
            case .drain(let done): done()
            }
        }
        peers = []
    }

    private func beginDrain() {
        epoll.remove(shared.listener)
        stoppingDeadline = now + shared.configuration.shutdownGracePeriod
        for connection in Array(connections.values) {
            if connection.isIdle {
                closeConnection(connection)
            } else if let pending = connection.pending {
                // A long-poll would hold the stop for its whole grace period: its responder may answer now.
                pending.promise.cancel(.serverStopping)
            }
        }
    }

    private func sweepTimeouts() {
        if acceptPausedUntil != nil, stoppingDeadline == nil, now >= acceptPausedUntil! {
            acceptPausedUntil = nil
            try? epoll.add(shared.listener, token: Epoll.listenerToken, readable: true, writable: false, exclusive: true)
        }
        makeRoom()
        let configuration = shared.configuration
        for connection in Array(connections.values) {
            if let since = connection.lingerSince {
                if now - since > .seconds(2) { closeConnection(connection) }
            } else if connection.hasPendingOutput {
                if now - connection.lastProgress > configuration.bodyTimeout { closeConnection(connection) }
            } else if connection.pending != nil {
                continue  // the handler owns a deferred response's timing
            } else if let started = connection.requestStartedAt {
                // The head has a deadline of its own; the body one for silence between reads; and the whole request
                // one in all, so that a client trickling a byte at a time cannot hold the connection for ever.
                let readingHead = !connection.parser.hasHead
                if now - started > configuration.requestTimeout
                    || (readingHead ? now - started > configuration.headerTimeout
                        : now - connection.lastProgress > configuration.bodyTimeout)
                {
                    timeOut(connection)
                }
            } else if stoppingDeadline != nil || now - connection.lastProgress > configuration.idleTimeout {
                closeConnection(connection)
            }
        }
    }

    private func timeOut(_ connection: Connection) {
        let response = HTTPResponse(
            status: .requestTimeout, headers: ["Content-Type": "application/json"],
            body: Array("{\"error\":\"request timeout\"}".utf8))
        connection.failed = true
        complete(connection, with: response, keepAlive: false, isHead: false)
        flush(connection)
    }

    /// Closes `connection`; `counted` is false when ``ServerShared/claimRoom(_:closing:)`` has already taken it
    /// out of the counts.
    func closeConnection(_ connection: Connection, counted: Bool = true) {
        // Uncounted before the peer can see the close, so that what it does next meets the new counts.
        load.subtract(1, ordering: .relaxed)
        if counted { shared.releaseConnection(client: connection.client) }
        connection.isClosed = true
        epoll.remove(connection.fd)
        close(connection.fd)
        connections[connection.id] = nil
        // An answer still awaited can no longer be sent: its responder may let go of what it holds for it. Its
        // completion, if it still comes, finds no connection and is dropped.
        if let abandoned = connection.pending {
            connection.pending = nil
            abandoned.promise.cancel(.connectionClosed)
        }
    }

    private func closeAll() {
        for connection in Array(connections.values) { closeConnection(connection) }
    }
}
