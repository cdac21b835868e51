#if canImport(Glibc)
    import Glibc
#endif
import Primitives

extension ClientLoop {
    /// Opens a connection for `exchange`, trying `addresses` from the one that worked last.
    func open(_ pool: HostPool, for exchange: PendingExchange, addresses: [SocketAddress]) {
        let first = pool.preferredAddress < addresses.count ? pool.preferredAddress : 0
        let candidates = Array(addresses[first...] + addresses[..<first])
        let connection = ClientConnection(
            id: nextID, pool: pool, exchange: exchange.id, candidates: candidates, firstCandidate: first)
        nextID += 1
        pool.open += 1
        openConnections.add(1, ordering: .relaxed)
        connectionsOpened.add(1, ordering: .relaxed)
        connections[connection.id] = connection
        exchange.stage = .connection(connection.id)
        connectNext(connection)
    }

    /// Starts a non-blocking connect to the next candidate address. When none is left, the exchange fails with
    /// the last address's error, as a blocking client trying them in turn would report it.
    private func connectNext(_ connection: ClientConnection) {
        while connection.nextCandidate < connection.candidates.count {
            var address = connection.candidates[connection.nextCandidate]
            connection.nextCandidate += 1
            let flags = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
            let fd = socket(address.family, flags, 0)
            guard fd >= 0 else {
                connection.lastConnectError = "socket: " + String(cString: strerror(errno))
                continue
            }
            var one: Int32 = 1
            // A request is written whole; Nagle would only hold back its last segment.
            _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            let length = address.length
            let status = withUnsafePointer(to: &address.storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, length) }
            }
            let connected = status == 0
            guard connected || errno == EINPROGRESS || errno == EINTR else {
                connection.lastConnectError = String(cString: strerror(errno))
                Glibc.close(fd)
                continue
            }
            // Until connected, only writability matters: it reports the connect's outcome (connect(2)).
            guard epoll.add(fd, token: connection.id, readable: connected, writable: !connected) else {
                connection.lastConnectError = "epoll_ctl: " + String(cString: strerror(errno))
                Glibc.close(fd)
                continue
            }
            connection.fd = fd
            connection.interest = (connected, !connected)
            if connected { established(connection) }
            return
        }
        let exchange = connection.exchangeID.flatMap { exchanges[$0] }
        close(connection)
        if let exchange {
            let host = exchange.target.host.contains(":") ? "[\(exchange.target.host)]" : exchange.target.host
            complete(exchange, .failure(.cannotConnect("\(host):\(exchange.target.port): \(connection.lastConnectError)")))
        }
    }

    /// A readiness report for `connection`.
    func handle(_ event: Epoll.Event, on connection: ClientConnection) {
        switch connection.state {
        case .connecting:
            connectFinished(connection)
        case .active, .idle:
            if event.writable && connection.hasPendingOutput { flush(connection) }
            if event.readable && connections[connection.id] === connection { readAvailable(connection) }
        }
    }

    /// The outcome of a connect in progress is the socket's pending error once it is writable (connect(2)).
    private func connectFinished(_ connection: ClientConnection) {
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        if getsockopt(connection.fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0 { error = errno }
        guard error == 0 else {
            connection.lastConnectError = String(cString: strerror(error))
            epoll.remove(connection.fd)
            Glibc.close(connection.fd)
            connection.fd = -1
            connectNext(connection)
            return
        }
        established(connection)
    }

    private func established(_ connection: ClientConnection) {
        let pool = connection.pool
        pool.preferredAddress = (connection.firstCandidate + connection.nextCandidate - 1) % connection.candidates.count
        guard let id = connection.exchangeID, let exchange = exchanges[id] else {
            close(connection)
            return
        }
        start(exchange, on: connection)
    }

    /// Puts `exchange` on `connection` and writes as much of it as the socket takes.
    func start(_ exchange: PendingExchange, on connection: ClientConnection) {
        exchange.stage = .connection(connection.id)
        connection.state = .active(exchange.id)
        connection.output = exchange.wireBytes
        connection.outputStart = 0
        connection.parser = CallbackResponseParser(maxBodyBytes: exchange.maxResponseBytes)
        connection.receivedResponseBytes = false
        flush(connection)
    }

    private func flush(_ connection: ClientConnection) {
        while connection.hasPendingOutput {
            let count = connection.output[connection.outputStart...].withUnsafeBytes {
                send(connection.fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if count >= 0 {
                connection.outputStart += count
                continue
            }
            switch errno {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                setInterest(connection, read: true, write: true)
                return
            default:
                ended(connection, error: "sending the request failed: \(String(cString: strerror(errno)))")
                return
            }
        }
        connection.output = []
        connection.outputStart = 0
        setInterest(connection, read: true, write: false)
    }

    /// One read per readiness report (level-triggered epoll reports again while more is there).
    private func readAvailable(_ connection: ClientConnection) {
        let count = scratch.withUnsafeMutableBytes { recv(connection.fd, $0.baseAddress, $0.count, 0) }
        if count < 0 {
            switch errno {
            case EINTR, EAGAIN, EWOULDBLOCK: return
            case ECONNRESET: ended(connection, error: "the server reset the connection")
            default: ended(connection, error: "reading the response failed: \(String(cString: strerror(errno)))")
            }
            return
        }
        guard case .active(let id) = connection.state, let exchange = exchanges[id] else {
            // An idle connection the server closed (or, against the protocol, sent bytes on): it cannot be reused.
            close(connection)
            return
        }
        guard count > 0 else {
            ended(connection, error: nil)
            return
        }
        connection.receivedResponseBytes = true
        let progress: CallbackResponseParser.Progress
        do {
            progress = try connection.parser.parse(scratch[0..<count])
        } catch {
            close(connection)
            complete(exchange, .failure(.failed(error.reason)))
            return
        }
        if case .complete(let response) = progress { finish(connection, exchange, with: response) }
    }

    /// The server closed or reset `connection`, or a write failed (`error`), while it carried an exchange.
    ///
    /// A request written on a reused keep-alive connection that fails before a byte of response has come back
    /// is sent again once, on a fresh connection: the server most likely closed the idle connection (its
    /// keep-alive timeout) as the request went out, and never saw it. This is what browsers, curl and Go's
    /// net/http do (RFC 9112 §9.3.1 lets a client retry on a new connection). On a connection's first exchange, or
    /// once a byte has come back, the failure is the server's answer and is reported.
    private func ended(_ connection: ClientConnection, error: String?) {
        guard case .active(let id) = connection.state, let exchange = exchanges[id] else {
            close(connection)
            return
        }
        if !connection.receivedResponseBytes && connection.completedExchanges > 0 && !exchange.retried {
            exchange.retried = true
            close(connection)
            exchange.stage = .waiting
            connection.pool.waiting.prepend(exchange.id)
            connection.pool.waitingCount += 1
            return
        }
        let result: Result<CallbackHTTPResponse, CallbackTransportError>
        if let error {
            result = .failure(.failed(error))
        } else {
            do throws(CallbackResponseParser.Failure) {
                result = .success(try connection.parser.finish())
            } catch {
                result = .failure(.failed(error.reason))
            }
        }
        close(connection)
        complete(exchange, result)
    }

    /// A whole response: the connection goes back to its pool if it can carry another request, else closes.
    private func finish(_ connection: ClientConnection, _ exchange: PendingExchange, with response: CallbackHTTPResponse) {
        connection.completedExchanges += 1
        // A server may answer before it has read the whole request (a 413, say): the rest of the request is
        // still unsent, and the connection cannot carry another one.
        if connection.parser.connectionReusable && !connection.hasPendingOutput {
            connection.state = .idle
            connection.idleSince = now
            connection.pool.idle.append(connection)
            setInterest(connection, read: true, write: false)
            armIdleTimer(connection)
            schedulePump(connection.pool)
        } else {
            close(connection)
        }
        complete(exchange, .success(response))
    }

    /// Closes the socket and gives the connection's place in its pool back. The exchange it carried, if any, is
    /// the caller's to complete or requeue.
    func close(_ connection: ClientConnection) {
        guard connections.removeValue(forKey: connection.id) != nil else { return }
        if connection.fd >= 0 {
            epoll.remove(connection.fd)
            Glibc.close(connection.fd)
            connection.fd = -1
        }
        let pool = connection.pool
        if case .idle = connection.state { pool.idle.removeAll { $0 === connection } }
        pool.open -= 1
        openConnections.subtract(1, ordering: .relaxed)
        schedulePump(pool)
    }

    private func setInterest(_ connection: ClientConnection, read: Bool, write: Bool) {
        guard connection.interest != (read, write) else { return }
        connection.interest = (read, write)
        epoll.modify(connection.fd, token: connection.id, readable: read, writable: write)
    }
}
