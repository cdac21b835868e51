import Dispatch
import HTTPServerKit
import Synchronization

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
    case failed(String)

    /// A one-line explanation for the simulation record.
    var message: String {
        switch self {
        case .invalidURL(let url): "not an http(s) URL: \(url)"
        case .timedOut: "timed out"
        case .cannotConnect(let detail): "could not connect: \(detail)"
        case .failed(let detail): detail
        }
    }
}

/// Sends callback requests. A protocol so tests and the composition root can swap the URLSession client.
///
/// Implementations call `completion` exactly once, on a thread of their choosing, and must never block a
/// Swift-concurrency cooperative thread while the request is in flight.
protocol CallbackTransport: Sendable {
    func send(
        _ request: CallbackRequest,
        completion: @escaping @Sendable (Result<CallbackHTTPResponse, CallbackTransportError>) -> Void)
}

extension CallbackTransport {
    /// Sends and blocks the calling thread until the outcome is known.
    ///
    /// Only for threads the caller owns (a dispatch worker, a `Thread`): blocking a cooperative thread of the
    /// Swift concurrency pool can starve every task in the process.
    func sendAndWait(_ request: CallbackRequest) -> Result<CallbackHTTPResponse, CallbackTransportError> {
        let done = DispatchSemaphore(value: 0)
        let outcome = LockedValue<Result<CallbackHTTPResponse, CallbackTransportError>?>(nil)
        send(request) { result in
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        // The semaphore orders the write above before this read; the lock keeps the compiler honest about it.
        return outcome.withLock { $0 } ?? .failure(.failed("transport finished without an outcome"))
    }
}
