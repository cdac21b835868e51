/// One outbound callback request, fully built: signed headers included, parameters already in the URL (GET)
/// or the body (POST).
struct CallbackRequest: Sendable {
    var url: String
    var method: String
    var headers: [(name: String, value: String)]
    var body: [UInt8]
}

/// What came back from the user's server. `body` is at most the transport's bound; `bodyTruncated` says the
/// server sent more.
struct CallbackHTTPResponse: Sendable, Equatable {
    var status: Int
    var contentType: String?
    var body: [UInt8]
    var bodyTruncated: Bool
}

/// Why no HTTP response was obtained. The simulator treats every case like a non-2xx answer (fallback,
/// then an error hangup), but keeps the reason so the user can see it in the simulation record.
enum CallbackTransportError: Error, Sendable, Equatable {
    case invalidURL(String)
    case timedOut
    case cannotConnect(String)
    /// An https callback with no TLS client to send it: libcurl could not be loaded (the detail says why).
    case httpsUnavailable(String)
    case failed(String)

    /// A one-line explanation for the simulation record.
    var message: String {
        switch self {
        case .invalidURL(let url): "not an http(s) URL: \(url)"
        case .timedOut: "timed out"
        case .cannotConnect(let detail): "could not connect: \(detail)"
        case .httpsUnavailable(let detail): "https callbacks need libcurl: \(detail)"
        case .failed(let detail): detail
        }
    }
}

/// Sends callback requests. A protocol so tests and the composition root can swap the production client.
///
/// `send` blocks the calling thread until the outcome is known (bounded by the transport's own timeout). Call it
/// only from threads the caller owns, such as `SimulationThreads`': blocking a cooperative thread of the Swift
/// concurrency pool can starve every task in the process.
protocol CallbackTransport: Sendable {
    func send(_ request: CallbackRequest) -> Result<CallbackHTTPResponse, CallbackTransportError>
}
