#if canImport(Glibc)
    import Glibc
#endif
@testable import OutboundHTTP
@testable import Primitives

/// Runs `body` with a client of its own, configured by `configure`, and always shuts it down.
func withOutboundClient<T>(
    _ configure: (inout OutboundHTTPClient.Configuration) -> Void = { _ in },
    _ body: (OutboundHTTPClient) async throws -> T
) async throws -> T {
    var configuration = OutboundHTTPClient.Configuration()
    // Tests count connections: on a loaded machine seconds can pass between two requests of one test, and the
    // default 4 s idle close would open a second connection where the test expects reuse. Tests of the idle
    // close set their own.
    configuration.idleTimeout = .seconds(120)
    configure(&configuration)
    let client = try OutboundHTTPClient(configuration: configuration)
    defer { client.shutdown() }
    return try await body(client)
}

/// A socket that listens on 127.0.0.1 and never accepts nor reads: connections complete in the kernel (until
/// the backlog is full, after which connects hang), requests are swallowed, and no answer ever comes.
final class BlackHole: Sendable {
    let port: UInt16
    private let socket: Int32

    init() throws {
        socket = try CallbackReceiver.makeListener()
        port = try CallbackReceiver.boundPort(of: socket)
    }

    deinit { close(socket) }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }
}

/// Collects completions from the client's thread, for tests that send many at once.
final class Outcomes: Sendable {
    private let results = LockedValue<[Int: Result<CallbackHTTPResponse, CallbackTransportError>]>([:])

    /// A completion that files its result under `index`.
    func record(_ index: Int) -> @Sendable (Result<CallbackHTTPResponse, CallbackTransportError>) -> Void {
        { result in self.results.withLock { $0[index] = result } }
    }

    var count: Int { results.withLock { $0.count } }
    var all: [Int: Result<CallbackHTTPResponse, CallbackTransportError>] { results.withLock { $0 } }
}

extension OutboundHTTPClient {
    /// A GET of `url` in `pool`, awaited, with the time from `send` to the completion as the client's own thread saw
    /// it: what the deadline governs, without the wait for the test's task to be resumed (on a machine shared with
    /// builds and other tests, that wait alone can take seconds).
    func timedGet(_ url: String, pool: String = "test", timeout: Duration = .seconds(5))
        async -> (result: Result<CallbackHTTPResponse, CallbackTransportError>, elapsed: Duration)
    {
        let started = ContinuousClock.now
        return await withCheckedContinuation { continuation in
            send(.get(url), pool: pool, timeout: timeout) { result in
                continuation.resume(returning: (result, ContinuousClock.now - started))
            }
        }
    }

    /// A GET of `url` in `pool`, awaited.
    func get(_ url: String, pool: String = "test", timeout: Duration = .seconds(5), maxResponseBytes: Int? = nil)
        async -> Result<CallbackHTTPResponse, CallbackTransportError>
    {
        await send(.get(url), pool: pool, timeout: timeout, maxResponseBytes: maxResponseBytes)
    }
}
