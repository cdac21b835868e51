extension OutboundConnection {
    /// Sends an http request over a new connection with `Connection: close` and reads the response until it is
    /// complete, the server closes, the body bound is reached or `timeout` passes: the blocking one-connection-
    /// per-callback client MockPlivo used before ``OutboundHTTPClient``. Nothing in MockPlivo calls it any more;
    /// it stays as the baseline `scripts/bench-callbacks.sh` measures the event loop against.
    package static func exchange(
        _ request: CallbackRequest, to target: CallbackTarget, timeout: Duration, maxResponseBytes: Int
    ) -> Result<CallbackHTTPResponse, CallbackTransportError> {
        let deadline = ContinuousClock.now + timeout
        do throws(CallbackTransportError) {
            let connection = try OutboundConnection(host: target.host, port: target.port, deadline: deadline)
            try connection.send(request.wireBytes(for: target, keepAlive: false))
            var parser = CallbackResponseParser(maxBodyBytes: maxResponseBytes)
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
}
