import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The production `CallbackTransport`: `URLSession` (libcurl on Linux), so http and https to any host the user
/// names both work.
///
/// The session is ephemeral with no cache and no cookies: every callback is a fresh, stateless request as
/// Plivo's are. Redirects are not followed, because the signatures cover the configured URL and would not
/// validate at another one; a 3xx is reported as it is (and, for an answer URL, triggers the fallback).
/// The completion-handler style keeps every wait inside URLSession's own threads.
final class URLSessionCallbackClient: CallbackTransport {
    /// Bounds on each request. The defaults suit a mock: a callback server on the developer's machine answers
    /// in milliseconds, and a hung one should not hold a simulation for long.
    struct Configuration: Sendable {
        /// Seconds for the whole exchange, connect included.
        var timeout: TimeInterval = 5
        /// Response bytes kept; the rest is dropped and the response marked truncated.
        var maxResponseBytes = 64 * 1024

        init(timeout: TimeInterval = 5, maxResponseBytes: Int = 64 * 1024) {
            self.timeout = timeout
            self.maxResponseBytes = maxResponseBytes
        }
    }

    let configuration: Configuration
    private let session: URLSession
    private let delegate: SessionDelegate

    init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        let sessionConfiguration = URLSessionConfiguration.ephemeral
        sessionConfiguration.timeoutIntervalForRequest = configuration.timeout
        sessionConfiguration.timeoutIntervalForResource = configuration.timeout
        sessionConfiguration.requestCachePolicy = .reloadIgnoringLocalCacheData
        sessionConfiguration.urlCache = nil
        sessionConfiguration.httpCookieStorage = nil
        sessionConfiguration.httpShouldSetCookies = false
        sessionConfiguration.httpCookieAcceptPolicy = .never
        delegate = SessionDelegate(maxResponseBytes: configuration.maxResponseBytes)
        session = URLSession(configuration: sessionConfiguration, delegate: delegate, delegateQueue: nil)
    }

    deinit {
        // URLSession keeps its delegate alive until invalidated.
        session.invalidateAndCancel()
    }

    func send(
        _ request: CallbackRequest,
        completion: @escaping @Sendable (Result<CallbackHTTPResponse, CallbackTransportError>) -> Void
    ) {
        guard let url = URL(string: request.url), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", url.host != nil
        else {
            completion(.failure(.invalidURL(request.url)))
            return
        }
        var urlRequest = URLRequest(
            url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: configuration.timeout)
        urlRequest.httpMethod = request.method
        for header in request.headers {
            urlRequest.setValue(header.value, forHTTPHeaderField: header.name)
        }
        if request.method != "GET" {
            urlRequest.httpBody = Data(request.body)
        }
        let task = session.dataTask(with: urlRequest)
        delegate.register(taskIdentifier: task.taskIdentifier, completion: completion)
        task.resume()
    }
}
