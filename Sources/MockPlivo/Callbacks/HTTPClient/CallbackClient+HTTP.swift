import PlivoSupport

extension CallbackClient {
    /// Sends an http callback over a new connection and reads the response until it is complete, the server
    /// closes, the body bound is reached or the deadline passes.
    func sendPlain(_ request: CallbackRequest, to target: CallbackTarget)
        -> Result<CallbackHTTPResponse, CallbackTransportError>
    {
        let deadline = ContinuousClock.now + configuration.timeout
        do throws(CallbackTransportError) {
            let connection = try OutboundConnection(host: target.host, port: target.port, deadline: deadline)
            try connection.send(requestBytes(request, to: target))
            var parser = CallbackResponseParser(maxBodyBytes: configuration.maxResponseBytes)
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            while true {
                let count = try connection.receive(into: &buffer)
                do throws(CallbackResponseParser.Failure) {
                    if count == 0 { return .success(try parser.finish()) }
                    if case .complete(let response) = try parser.parse(buffer[..<count]) { return .success(response) }
                } catch {
                    return .failure(.failed(error.reason))
                }
            }
        } catch {
            return .failure(error)
        }
    }

    /// The request on the wire (RFC 9112 §3): request line, `Host`, the headers, framing, then the body.
    /// A GET carries its parameters in the URL and sends no body.
    func requestBytes(_ request: CallbackRequest, to target: CallbackTarget) -> [UInt8] {
        var head = "\(request.method) \(target.requestTarget) HTTP/1.1\r\nHost: \(target.hostHeader)\r\n"
        for line in headerLines(for: request, to: target) {
            head += line + "\r\n"
        }
        let body = request.method == "GET" ? [] : request.body
        if request.method != "GET" {
            head += "Content-Length: \(body.count)\r\n"
        }
        head += "Connection: close\r\n\r\n"
        return Array(head.utf8) + body
    }
}
