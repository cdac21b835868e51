#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif

/// One event-loop thread: an epoll set holding the shared listening socket and the connections this loop accepted.
/// See ``HTTPServer`` for the concurrency model.
final class EventLoop: @unchecked Sendable {
    // Everything but `mailbox` and `epoll.wake()` is confined to the loop's own thread.
    enum Message {
        case response(connection: UInt64, HTTPResponse)
        case drain(done: @Sendable () -> Void)
    }

    // `@exclusivity(unchecked)` on the state read or written for every event: see `Connection`.
    let shared: ServerShared
    let epoll: Epoll
    private let mailbox = LockedValue<[Message]>([])
    @exclusivity(unchecked) var connections: [UInt64: Connection] = [:]
    private var nextConnectionID: UInt64 = 2
    @exclusivity(unchecked) var scratch = [UInt8](repeating: 0, count: 64 * 1024)
    @exclusivity(unchecked) var date = HTTPDate()
    @exclusivity(unchecked) var now = ContinuousClock.now
    @exclusivity(unchecked) private var nextSweep = ContinuousClock.now
    private var acceptPausedUntil: ContinuousClock.Instant?
    @exclusivity(unchecked) private var stoppingDeadline: ContinuousClock.Instant?

    init(shared: ServerShared) throws(SocketError) {
        self.shared = shared
        epoll = try Epoll()
        // EPOLLEXCLUSIVE wakes one loop per incoming connection instead of all of them (no thundering herd).
        try epoll.add(shared.listener, token: Epoll.listenerToken, readable: true, writable: false, exclusive: true)
    }

    /// Hands a message to the loop from any thread.
    func post(_ message: Message) {
        mailbox.withLock { $0.append(message) }
        epoll.wake()
    }

    /// Runs until a drain has finished; called on the loop's own thread.
    func run() {
        let tick = Int32(shared.sweepInterval.components.seconds * 1000
            + shared.sweepInterval.components.attoseconds / 1_000_000_000_000_000)
        var events: [Epoll.Event] = []
        events.reserveCapacity(256)
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
                    if event.readable, connections[event.token] != nil { readAvailable(connection) }
                }
            }
            if now >= nextSweep {
                nextSweep = now + shared.sweepInterval
                sweepTimeouts()
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
        let messages = mailbox.withLock { messages in
            defer { messages.removeAll() }
            return messages
        }
        for message in messages {
            switch message {
            case .response(let id, let response):
                guard let connection = connections[id], let pending = connection.pending else { continue }
                connection.pending = nil
                complete(connection, with: response, keepAlive: pending.keepAlive, isHead: pending.isHead)
                process(connection)
            case .drain(let done):
                beginDrain()
                done()
            }
        }
    }

    private func acceptConnections() {
        if let until = acceptPausedUntil, now < until { return }
        acceptPausedUntil = nil
        for _ in 0..<64 {
            let accepted: (fd: Int32, address: SocketAddress)?
            do {
                accepted = try Socket.accept(shared.listener)
            } catch {
                // EMFILE and friends: a level-triggered listener would spin, so back off briefly as nginx does.
                shared.log("error: \(error); pausing accept for 100 ms")
                acceptPausedUntil = now + .milliseconds(100)
                epoll.remove(shared.listener)
                return
            }
            guard let (fd, address) = accepted else { return }
            guard shared.reserveConnection() else {
                rejectOverLimit(fd)
                continue
            }
            let connection = Connection(
                id: nextConnectionID, fd: fd, info: HTTPConnectionInfo(remoteAddress: address.description),
                limits: shared.configuration.limits, now: now)
            nextConnectionID += 1
            do {
                try epoll.add(fd, token: connection.id, readable: true, writable: false)
                connections[connection.id] = connection
            } catch {
                shared.log("error: \(error)")
                close(fd)
                shared.releaseConnection()
            }
        }
    }

    private func rejectOverLimit(_ fd: Int32) {
        let response = HTTPResponse(
            status: .serviceUnavailable, headers: ["Content-Type": "application/json"],
            body: Array("{\"error\":\"too many connections\"}".utf8))
        var bytes: [UInt8] = []
        response.serialize(into: &bytes, keepAlive: false, includeBody: true, date: date.text)
        _ = bytes.withUnsafeBytes { try? Socket.send(fd, $0) }
        close(fd)
    }

    private func beginDrain() {
        epoll.remove(shared.listener)
        stoppingDeadline = now + shared.configuration.shutdownGracePeriod
        for connection in connections.values where connection.isIdle {
            closeConnection(connection)
        }
    }

    private func sweepTimeouts() {
        if acceptPausedUntil != nil, stoppingDeadline == nil, now >= acceptPausedUntil! {
            acceptPausedUntil = nil
            try? epoll.add(shared.listener, token: Epoll.listenerToken, readable: true, writable: false, exclusive: true)
        }
        let configuration = shared.configuration
        for connection in Array(connections.values) {
            if let since = connection.lingerSince {
                if now - since > .seconds(2) { closeConnection(connection) }
            } else if connection.hasPendingOutput {
                if now - connection.lastProgress > configuration.bodyTimeout { closeConnection(connection) }
            } else if connection.pending != nil {
                continue  // the handler owns a deferred response's timing
            } else if let started = connection.requestStartedAt {
                let readingHead = !connection.parser.hasHead
                if readingHead ? now - started > configuration.headerTimeout
                    : now - connection.lastProgress > configuration.bodyTimeout
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

    func closeConnection(_ connection: Connection) {
        epoll.remove(connection.fd)
        close(connection.fd)
        connections[connection.id] = nil
        shared.releaseConnection()
    }

    private func closeAll() {
        for connection in Array(connections.values) { closeConnection(connection) }
    }
}
