import Foundation
import HTTPServerKit

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension URLSessionCallbackClient {
    /// Collects each task's response and body, enforcing the body bound as bytes arrive rather than after the
    /// whole body has been buffered, and turns URLSession's outcome into the transport's result.
    final class SessionDelegate: NSObject, URLSessionDataDelegate, Sendable {
        private struct TaskState {
            var completion: @Sendable (Result<CallbackHTTPResponse, CallbackTransportError>) -> Void
            var response: HTTPURLResponse?
            var body: [UInt8] = []
            var truncated = false
        }

        private let maxResponseBytes: Int
        private let tasks = LockedValue<[Int: TaskState]>([:])

        init(maxResponseBytes: Int) {
            self.maxResponseBytes = maxResponseBytes
        }

        func register(
            taskIdentifier: Int,
            completion: @escaping @Sendable (Result<CallbackHTTPResponse, CallbackTransportError>) -> Void
        ) {
            tasks.withLock { $0[taskIdentifier] = TaskState(completion: completion) }
        }

        func urlSession(
            _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
            completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
        ) {
            tasks.withLock { $0[dataTask.taskIdentifier]?.response = response as? HTTPURLResponse }
            completionHandler(.allow)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            let overflowed = tasks.withLock { tasks -> Bool in
                guard var state = tasks[dataTask.taskIdentifier], !state.truncated else { return false }
                let room = maxResponseBytes - state.body.count
                state.body.append(contentsOf: data.prefix(max(room, 0)))
                state.truncated = data.count > room
                tasks[dataTask.taskIdentifier] = state
                return state.truncated
            }
            if overflowed {
                // Stop reading: the rest of the body is never needed and could be unbounded.
                dataTask.cancel()
            }
        }

        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
            newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
        ) {
            completionHandler(nil)
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
            guard let state = tasks.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
            // A truncated body ends in our own cancellation; the response itself was fine.
            if let response = state.response, error == nil || state.truncated {
                state.completion(
                    .success(
                        CallbackHTTPResponse(
                            status: response.statusCode,
                            contentType: response.value(forHTTPHeaderField: "Content-Type"),
                            body: state.body, bodyTruncated: state.truncated)))
                return
            }
            state.completion(.failure(Self.transportError(error)))
        }

        private static func transportError(_ error: Error?) -> CallbackTransportError {
            guard let error else { return .failed("no response") }
            guard let urlError = error as? URLError else { return .failed(error.localizedDescription) }
            switch urlError.code {
            case .timedOut:
                return .timedOut
            case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .networkConnectionLost,
                .notConnectedToInternet, .secureConnectionFailed:
                return .cannotConnect(urlError.localizedDescription)
            default:
                return .failed(urlError.localizedDescription)
            }
        }
    }
}
