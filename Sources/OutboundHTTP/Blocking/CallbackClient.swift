import Dispatch
import Primitives

/// The production `CallbackTransport`: a blocking façade for the simulators, which run on threads of their own.
///
/// http callbacks go through an ``OutboundHTTPClient`` (the process's shared one unless told otherwise) and this
/// thread waits for the completion, so there is one http implementation, with its keep-alive connections and
/// per-pool bounds. https ones run libcurl's easy API right here (`SecureExchange`): this thread may block, so
/// handing the work to the client's secure threads would only add a wait. libcurl is loaded at run time
/// (`Libcurl`), so the binary links neither FoundationNetworking nor libcurl and a process that never calls an
/// https URL never maps them.
///
/// Redirects are not followed, because the signatures cover the configured URL and would not validate at another
/// one; a 3xx is reported as it is (and, for an answer URL, triggers the fallback).
///
/// `send` blocks its thread for up to `Configuration.timeout`: call it from threads you own (`SimulationThreads`),
/// never from Swift concurrency's pool nor from an ``OutboundHTTPClient`` completion.
package struct CallbackClient: CallbackTransport {
    /// Bounds on each request. The defaults suit a mock: a callback server on the developer's machine answers
    /// in milliseconds, and a hung one should not hold a simulation for long.
    package struct Configuration: Sendable {
        /// The whole exchange, connect and name resolution included.
        package var timeout: Duration
        /// Response body bytes kept; the rest is not read and the response is marked truncated.
        package var maxResponseBytes: Int

        package init(timeout: Duration = .seconds(5), maxResponseBytes: Int = 64 * 1024) {
            self.timeout = timeout
            self.maxResponseBytes = maxResponseBytes
        }
    }

    package let configuration: Configuration
    /// The isolation key http callbacks are sent under (see ``OutboundHTTPClient``).
    package let pool: String
    /// The hosts requests may go to; others fail at once as unreachable.
    package let hosts: OutboundHostPolicy
    /// Where https callbacks get libcurl; a parameter so tests can name a library that is not there.
    let libcurl: @Sendable () -> Result<Libcurl, CallbackTransportError>
    let client: Result<OutboundHTTPClient, CallbackTransportError>

    package init(
        configuration: Configuration = Configuration(), pool: String = "", hosts: OutboundHostPolicy = .any,
        client: Result<OutboundHTTPClient, CallbackTransportError> = OutboundHTTPClient.shared,
        libcurl: @escaping @Sendable () -> Result<Libcurl, CallbackTransportError> = { Libcurl.shared }
    ) {
        self.configuration = configuration
        self.pool = pool
        self.hosts = hosts
        self.client = client
        self.libcurl = libcurl
    }

    package func send(_ request: CallbackRequest) -> Result<CallbackHTTPResponse, CallbackTransportError> {
        let target: CallbackTarget
        do {
            target = try CallbackTarget(request.url)
        } catch {
            return .failure(error)
        }
        if let refusal = hosts.refusal(host: target.host) { return .failure(refusal) }
        guard target.isSecure else { return sendPlain(request) }
        return libcurl().flatMap {
            SecureExchange.perform(
                request, to: target, with: $0, timeout: configuration.timeout,
                maxResponseBytes: configuration.maxResponseBytes)
        }
    }

    /// Sends through the non-blocking client and waits for its completion, which runs on the client's thread.
    private func sendPlain(_ request: CallbackRequest) -> Result<CallbackHTTPResponse, CallbackTransportError> {
        let client: OutboundHTTPClient
        switch self.client {
        case .success(let started): client = started
        case .failure(let error): return .failure(error)
        }
        let outcome = LockedValue<Result<CallbackHTTPResponse, CallbackTransportError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        client.send(
            request, pool: pool, timeout: configuration.timeout, maxResponseBytes: configuration.maxResponseBytes
        ) { result in
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return outcome.withLock { $0 } ?? .failure(.shutDown)
    }
}
