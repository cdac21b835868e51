/// The production `CallbackTransport`: http callbacks over a socket of its own (`OutboundConnection`,
/// `CallbackResponseParser`), https ones through libcurl loaded at run time (`Libcurl`), so the binary links
/// neither FoundationNetworking nor libcurl and a process that never calls an https URL never maps them.
///
/// Every callback is a fresh, stateless request on a new connection, as Plivo's are: `Connection: close`, no
/// cookies, no cache. Redirects are not followed, because the signatures cover the configured URL and would not
/// validate at another one; a 3xx is reported as it is (and, for an answer URL, triggers the fallback).
///
/// `send` blocks its thread for up to `Configuration.timeout`: callers run it on `SimulationThreads`.
struct CallbackClient: CallbackTransport {
    /// Bounds on each request. The defaults suit a mock: a callback server on the developer's machine answers
    /// in milliseconds, and a hung one should not hold a simulation for long.
    struct Configuration: Sendable {
        /// The whole exchange, connect included (name resolution of http URLs excepted: getaddrinfo cannot be
        /// bounded).
        var timeout: Duration
        /// Response body bytes kept; the rest is not read and the response is marked truncated.
        var maxResponseBytes: Int

        init(timeout: Duration = .seconds(5), maxResponseBytes: Int = 64 * 1024) {
            self.timeout = timeout
            self.maxResponseBytes = maxResponseBytes
        }
    }

    let configuration: Configuration
    /// Where https callbacks get libcurl; a parameter so tests can name a library that is not there.
    let libcurl: @Sendable () -> Result<Libcurl, CallbackTransportError>

    init(
        configuration: Configuration = Configuration(),
        libcurl: @escaping @Sendable () -> Result<Libcurl, CallbackTransportError> = { Libcurl.shared }
    ) {
        self.configuration = configuration
        self.libcurl = libcurl
    }

    func send(_ request: CallbackRequest) -> Result<CallbackHTTPResponse, CallbackTransportError> {
        let target: CallbackTarget
        do {
            target = try CallbackTarget(request.url)
        } catch {
            return .failure(error)
        }
        guard target.isSecure else { return sendPlain(request, to: target) }
        return libcurl().flatMap { sendSecure(request, to: target, with: $0) }
    }

    /// The header lines to send, in order: the request's own, then what the URL implies. Lines with CR or LF
    /// are dropped rather than let split the head, and framing headers are the client's business.
    func headerLines(for request: CallbackRequest, to target: CallbackTarget) -> [String] {
        let reserved = ["host", "content-length", "connection", "transfer-encoding", "expect"]
        var lines: [String] = []
        for (name, value) in request.headers where !reserved.contains(name.lowercased()) {
            guard !(name + value).utf8.contains(where: { $0 == 0x0D || $0 == 0x0A }) else { continue }
            lines.append("\(name): \(value)")
        }
        let has = { (name: String) in request.headers.contains { $0.name.lowercased() == name } }
        if let authorization = target.authorization, !has("authorization") {
            lines.append("Authorization: \(authorization)")
        }
        if !has("accept") { lines.append("Accept: */*") }
        return lines
    }
}
