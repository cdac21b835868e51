/// Why no HTTP response was obtained. The simulator treats every case like a non-2xx answer (fallback,
/// then an error hangup), but keeps the reason so the user can see it in the simulation record.
package enum CallbackTransportError: Error, Sendable, Equatable {
    case invalidURL(String)
    case timedOut
    case cannotConnect(String)
    /// An https callback with no TLS client to send it: libcurl could not be loaded (the detail says why).
    case httpsUnavailable(String)
    case failed(String)

    /// A one-line explanation for the simulation record.
    package var message: String {
        switch self {
        case .invalidURL(let url): "not an http(s) URL: \(url)"
        case .timedOut: "timed out"
        case .cannotConnect(let detail): "could not connect: \(detail)"
        case .httpsUnavailable(let detail): "https callbacks need libcurl: \(detail)"
        case .failed(let detail): detail
        }
    }
}
