#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif
import Primitives

extension EventLoop {
    /// Accepts what the listener has and gives each connection to the loop serving the fewest.
    ///
    /// `EPOLLEXCLUSIVE` wakes one loop per arrival, but a loop that wakes accepts everything queued by then, and a
    /// client opening its pool at once (wrk opens 32 connections in a burst) often landed whole on one loop: one
    /// core served every request while the other idled, halving throughput and doubling latency. So the accepting
    /// loop keeps a connection only if no other loop serves fewer; otherwise it hands the socket over through that
    /// loop's mailbox. Connections accepted one at a time end up spread evenly; keep-alive traffic pays nothing,
    /// and a handed-over connection costs one `eventfd` write and read.
    func acceptConnections() {
        if let until = acceptPausedUntil, now < until { return }
        acceptPausedUntil = nil
        for _ in 0..<64 {
            let accepted: (fd: Int32, address: SocketAddress)?
            do {
                accepted = try Socket.accept(shared.listener)
            } catch {
                // EMFILE and friends: a level-triggered listener would spin, so back off briefly as nginx does.
                shared.log("error: \(error); pausing accept for 100 ms")
                acceptPausedUntil = now + Duration.milliseconds(100)
                epoll.remove(shared.listener)
                return
            }
            guard let (fd, address) = accepted else { return }
            guard shared.reserveConnection() else {
                rejectOverLimit(fd)
                continue
            }
            let target = leastLoadedLoop()
            target.load.add(1, ordering: .relaxed)
            if target !== self {
                if target.post(.adopt(fd: fd, address: address)) { continue }
                // That loop has ended (the server is stopping): serve the connection here after all.
                target.load.subtract(1, ordering: .relaxed)
                load.add(1, ordering: .relaxed)
            }
            adopt(fd, address: address)
        }
    }

    /// Starts serving an accepted connection; its place in `load` is already counted.
    func adopt(_ fd: Int32, address: SocketAddress) {
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
            load.subtract(1, ordering: .relaxed)
            shared.releaseConnection()
        }
    }

    /// This loop unless another serves fewer connections. While the server drains, always this loop: the others
    /// may be about to end.
    private func leastLoadedLoop() -> EventLoop {
        guard !shared.isDraining else { return self }
        var best = self
        var bestLoad = load.load(ordering: .relaxed)
        for peer in peers where peer !== self {
            let peerLoad = peer.load.load(ordering: .relaxed)
            if peerLoad < bestLoad {
                best = peer
                bestLoad = peerLoad
            }
        }
        return best
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
}
