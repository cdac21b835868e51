import Dispatch
import Synchronization
@testable import HTTPServerKit

extension RouterClient {
    /// Starts a deferred response's producer, as the server would, and blocks this test thread until the promise
    /// is completed; never called on an event loop. An answer that never comes is a 599 rather than a hung test.
    static func waitForDeferred(_ response: HTTPResponse, timeout: DispatchTimeInterval = .seconds(60))
        -> HTTPResponse
    {
        guard case .deferred(let start) = response.disposition else { return response }
        let final = Mutex<HTTPResponse?>(nil)
        let done = DispatchSemaphore(value: 0)
        start(
            HTTPResponsePromise { result in
                // The router renders failures, so a failure here would be a router bug: a 599 shows it.
                final.withLock { $0 = (try? result.get()) ?? HTTPResponse(status: HTTPStatus(code: 599)) }
                done.signal()
            })
        guard done.wait(timeout: .now() + timeout) == .success, let response = final.withLock({ $0 }) else {
            return HTTPResponse(status: HTTPStatus(code: 599))
        }
        return waitForDeferred(response, timeout: timeout)
    }
}
