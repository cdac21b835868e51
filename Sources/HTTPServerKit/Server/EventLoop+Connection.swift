#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif

extension EventLoop {
    /// Reads what the socket has (one read per readiness report; level-triggered epoll reports again) and parses.
    func readAvailable(_ connection: Connection) {
        let result: Socket.IOResult
        do {
            result = try scratch.withUnsafeMutableBytes { try Socket.read(connection.fd, into: $0) }
        } catch {
            closeConnection(connection)
            return
        }
        switch result {
        case .bytes(let count):
            connection.lastProgress = now
            if connection.lingerSince != nil || connection.failed { return }  // discarded while lingering
            if connection.requestStartedAt == nil { connection.requestStartedAt = now }
            connection.input.append(contentsOf: scratch[0..<count])
        case .wouldBlock:
            return
        case .closed:
            connection.peerClosedInput = true
            // An outstanding answer whose responder can let go of it (a long-poll) is abandoned with the client;
            // one that cannot is still written, for a client that only half-closed after sending.
            if connection.lingerSince != nil || connection.isIdle || connection.failed
                || connection.pending?.promise.isCancellable == true
            {
                closeConnection(connection)
                return
            }
        }
        process(connection)
    }

    /// Parses and answers every complete request in the buffer, stopping at a deferred response so that answers
    /// keep the order of their requests.
    func process(_ connection: Connection) {
        // With every byte consumed the parser is between requests and could only answer `.needMoreData`.
        while connection.unconsumedInput > 0 && connection.pending == nil && !connection.closeAfterFlush
            && !connection.failed
        {
            let result: HTTPParseResult
            do {
                result = try connection.input.withUnsafeBytes { bytes throws(HTTPParseError) in
                    try connection.parser.parse(UnsafeRawBufferPointer(rebasing: bytes[connection.inputStart...]))
                }
            } catch {
                connection.failed = true
                let parseError = error as? HTTPParseError ?? .invalidRequestLine
                let salvaged = connection.input.withUnsafeBytes { bytes in
                    HTTPRequestParser.salvage(UnsafeRawBufferPointer(rebasing: bytes[connection.inputStart...]))
                }
                let response = shared.responder.respond(to: parseError, in: salvaged, connection: connection.info)
                complete(connection, with: response, keepAlive: false, isHead: false)
                break
            }
            guard case .request(let request, let consumed) = result else {
                if connection.parser.isAwaitingContinue && !connection.continueSent {
                    connection.output.append(literal: "HTTP/1.1 100 Continue\r\n\r\n")
                    connection.continueSent = true
                }
                break
            }
            connection.inputStart += consumed
            connection.continueSent = false
            connection.requestStartedAt = connection.unconsumedInput > 0 ? now : nil
            dispatch(request, on: connection)
        }
        connection.compactInput()
        // A client that half-closed can send nothing more: finish what is owed, then close.
        if connection.peerClosedInput && connection.pending == nil { connection.closeAfterFlush = true }
        flush(connection)
    }

    private func dispatch(_ request: HTTPRequest, on connection: Connection) {
        let keepAlive = request.keepAlive && !shared.isDraining
        let response = shared.responder.respond(to: request, connection: connection.info)
        complete(connection, with: response, keepAlive: keepAlive, isHead: request.method == .head)
    }

    /// Queues a response for writing, or parks the connection until a deferred one arrives.
    func complete(_ connection: Connection, with response: HTTPResponse, keepAlive: Bool, isHead: Bool) {
        switch response.disposition {
        case .immediate:
            let keep = keepAlive && !response.closesConnection && !shared.isDraining
            response.serialize(into: &connection.output, keepAlive: keep, includeBody: !isHead, date: date.text)
            if !keep { connection.closeAfterFlush = true }
        case .drop:
            connection.closeAfterFlush = true
            connection.abortAfterFlush = true
        case .deferred(let start):
            let id = connection.id
            let log = shared.log
            let promise = HTTPResponsePromise { [self] result in
                switch result {
                case .success(let response):
                    post(.response(connection: id, response))
                case .failure(let error):
                    // A responder renders its failures (HTTPRouter does); one that did not still gets an answer.
                    log("error: a deferred response failed unrendered: \(error)")
                    post(.response(connection: id, HTTPResponse(
                        status: .internalServerError, headers: ["Content-Type": "application/json"],
                        body: Array("{\"error\":\"internal server error\"}".utf8))))
                }
            }
            connection.pending = Connection.PendingResponse(keepAlive: keepAlive, isHead: isHead, promise: promise)
            start(promise)
        }
    }

    /// Writes as much pending output as the socket takes, then closes or re-arms interest as the state requires.
    func flush(_ connection: Connection) {
        while connection.hasPendingOutput {
            let result: Socket.IOResult
            do {
                result = try connection.output.withUnsafeBytes { bytes throws(SocketError) in
                    try Socket.send(connection.fd, UnsafeRawBufferPointer(rebasing: bytes[connection.outputStart...]))
                }
            } catch {
                closeConnection(connection)
                return
            }
            switch result {
            case .bytes(let count):
                connection.outputStart += count
                connection.lastProgress = now
            case .wouldBlock:
                updateInterest(connection)
                return
            case .closed:
                closeConnection(connection)
                return
            }
        }
        connection.output.removeAll(keepingCapacity: connection.output.capacity <= 64 * 1024)
        connection.outputStart = 0
        if connection.closeAfterFlush && connection.pending == nil && connection.lingerSince == nil {
            if connection.abortAfterFlush || connection.peerClosedInput || !connection.failed && connection.unconsumedInput == 0 {
                closeConnection(connection)
                return
            }
            shutdown(connection.fd, Int32(SHUT_WR))
            connection.lingerSince = now
        }
        updateInterest(connection)
    }

    /// Keeps the epoll interest exact: write interest only while output is blocked; no read interest while the
    /// input buffer is full, so a client cannot make us buffer without bound.
    private func updateInterest(_ connection: Connection) {
        let limits = shared.configuration.limits
        let inputCap = limits.maxRequestLineLength + limits.maxHeaderBytes + limits.maxBodyBytes + 64 * 1024
        let wantWrite = connection.hasPendingOutput
        let wantRead = connection.lingerSince != nil
            || (!connection.peerClosedInput && !wantWrite && connection.unconsumedInput < inputCap)
        guard wantRead != connection.interest.read || wantWrite != connection.interest.write else { return }
        connection.interest = (wantRead, wantWrite)
        do {
            try epoll.modify(connection.fd, token: connection.id, readable: wantRead, writable: wantWrite)
        } catch {
            closeConnection(connection)
        }
    }
}
