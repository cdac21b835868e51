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
            guard admitConnection(from: address.host) else {
                // Full, and nothing idle here to give up: the busiest other loop may have an idle connection.
                if let other = busiestOtherLoop(), other.post(.adoptIfRoom(fd: fd, address: address)) { continue }
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
            client: address.host, limits: shared.configuration.limits, now: now)
        nextConnectionID += 1
        do {
            try epoll.add(fd, token: connection.id, readable: true, writable: false)
            connections[connection.id] = connection
        } catch {
            shared.log("error: \(error)")
            close(fd)
            load.subtract(1, ordering: .relaxed)
            shared.releaseConnection(client: address.host)
        }
    }

    /// Serves a connection another loop could not make room for, if this one can; otherwise refuses it with 503.
    func adoptIfRoom(_ fd: Int32, address: SocketAddress) {
        guard admitConnection(from: address.host) else {
            rejectOverLimit(fd)
            return
        }
        load.add(1, ordering: .relaxed)
        adopt(fd, address: address)
    }

    private func busiestOtherLoop() -> EventLoop? {
        guard !shared.isDraining else { return nil }
        return peers.filter { $0 !== self }.max { $0.load.load(ordering: .relaxed) < $1.load.load(ordering: .relaxed) }
    }

    /// Counts a connection from `client` in, closing an idle connection of this loop where the limits ask for
    /// room (``HTTPServerConfiguration/maxIdleConnectionsPerClient``, ``HTTPServerConfiguration/reservedConnections``);
    /// what this loop cannot free now, every loop's next sweep does (``makeRoom()``). False when every slot is
    /// taken and this loop has no idle connection to give up.
    private func admitConnection(from client: String) -> Bool {
        var admission = shared.admit(client: client)
        if admission == .full {
            guard reclaimIdleConnection(.fullServer) else { return false }
            admission = shared.admit(client: client)
        }
        guard case .admitted(let reclaim) = admission else { return false }
        if let reclaim { _ = reclaimIdleConnection(reclaim) }
        return true
    }

    /// Closes idle connections while a client holds more than its bound or the reserve is in use: the part of
    /// the rule that accepting could not apply at once (the idle connections were on another loop, or were
    /// accepted in the same turn). Called from every loop's sweep.
    func makeRoom() {
        for client in shared.clientsOverIdleBound() {
            while reclaimIdleConnection(.overClientBound(client)) {}
        }
        while shared.isUsingReserve, reclaimIdleConnection(.reserve) {}
    }

    /// Closes this loop's longest-idle reclaimable connection for `reason`, if the counts still ask for it
    /// (``ServerShared/claimRoom(_:closing:)``); false when they do not or this loop has none. Connections that
    /// arrived in this turn of the loop are spared: they have had no time to send their request.
    func reclaimIdleConnection(_ reason: ServerShared.IdleReclaim) -> Bool {
        var chosen: Connection?
        switch reason {
        case .overClientBound(let client):
            for connection in connections.values
            where connection.client == client && connection.isReclaimable && connection.lastProgress < now {
                if chosen.map({ connection.hasIdledLonger(than: $0) }) ?? true { chosen = connection }
            }
        case .reserve, .fullServer:
            shared.withClientCounts { counts in
                var chosenCount = 0
                for connection in connections.values where connection.isReclaimable && connection.lastProgress < now {
                    let count = counts[connection.client] ?? 0
                    if chosen == nil || count > chosenCount
                        || count == chosenCount && connection.hasIdledLonger(than: chosen!)
                    {
                        chosen = connection
                        chosenCount = count
                    }
                }
            }
        }
        guard let chosen, shared.claimRoom(reason, closing: chosen.client) else { return false }
        closeConnection(chosen, counted: false)
        return true
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

    func rejectOverLimit(_ fd: Int32) {
        let response = HTTPResponse(
            status: .serviceUnavailable, headers: ["Content-Type": "application/json"],
            body: Array("{\"error\":\"too many connections\"}".utf8))
        var bytes: [UInt8] = []
        response.serialize(into: &bytes, keepAlive: false, includeBody: true, date: date.text)
        _ = bytes.withUnsafeBytes { try? Socket.send(fd, $0) }
        close(fd)
    }
}
