import Glibc
import Dispatch
import Synchronization
import Testing
@testable import HTTPServerKit

/// ``HTTPResponsePromise/onCancel(_:)``: a deferred responder hears that the connection its answer was for has
/// closed, so it can let go of what it holds for it (a long-poll's place in a queue), and the server lets go of
/// the connection at once instead of keeping it until an answer nobody reads.
@Suite("Live: cancelling deferred responses")
struct DeferredCancellationLiveTests {
    /// Records the cancellations that reach the promises of `GET /cancellable`.
    final class Cancellations: Sendable {
        private let reasons = Mutex<[HTTPResponseCancellation]>([])

        func record(_ reason: HTTPResponseCancellation) { reasons.withLock { $0.append(reason) } }

        var recorded: [HTTPResponseCancellation] { reasons.withLock { $0 } }
    }

    /// `GET /cancellable`: deferred, parked in `gate`, with a cancellation hook; `GET /mapped` the same behind a
    /// middleware that wraps the promise (``HTTPResponse/map(_:)``).
    private static func router(gate: DeferredGate, cancellations: Cancellations) -> HTTPRouter {
        makeLiveTestRouter(gate: gate) { routes in
            routes.add("GET /cancellable") { _, _ in
                .deferred { promise in
                    promise.onCancel { cancellations.record($0) }
                    gate.park(promise)
                }
            }
            routes.group("/mapped", middleware: [Mapping()]) { group in
                group.add("GET /") { _, _ in
                    .deferred { promise in
                        promise.onCancel { cancellations.record($0) }
                        gate.park(promise)
                    }
                }
            }
        }
    }

    private struct Mapping: HTTPMiddleware {
        func handle(
            _ request: HTTPRequest, context: HTTPRequestContext,
            next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
        ) throws -> HTTPResponse {
            try next(request, context).map { $0 }
        }
    }

    /// Polls `condition` until it holds or `timeout` passes: the server acts on its own thread.
    private static func eventually(within timeout: Duration = .seconds(5), _ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else { return false }
            usleep(1000)
        }
        return true
    }

    @Test("A client that closes while its answer is deferred cancels it, and the connection is let go at once")
    func clientCloseCancels() throws {
        let gate = DeferredGate()
        let cancellations = Cancellations()
        try withTestServer(router: Self.router(gate: gate, cancellations: cancellations)) { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/cancellable"))
            let promise = try #require(gate.nextPromise())
            #expect(!promise.isCancelled)
            client.close()
            #expect(Self.eventually { cancellations.recorded == [.connectionClosed] })
            #expect(Self.eventually { server.server.connectionCount == 0 })
            #expect(promise.isCancelled)
            promise.succeed(HTTPResponse(status: .ok))  // too late: ignored
            // The server goes on serving others.
            let other = try server.connect()
            try other.send(rawRequest("GET", "/hello"))
            #expect(try other.readResponse().status == 200)
            #expect(cancellations.recorded == [.connectionClosed])
        }
    }

    @Test("A reset cancels too, also through a middleware that wrapped the promise")
    func resetCancelsThroughMiddleware() throws {
        let gate = DeferredGate()
        let cancellations = Cancellations()
        try withTestServer(router: Self.router(gate: gate, cancellations: cancellations)) { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/mapped/"))
            _ = try #require(gate.nextPromise())
            client.reset()
            #expect(Self.eventually { cancellations.recorded == [.connectionClosed] })
            #expect(Self.eventually { server.server.connectionCount == 0 })
        }
    }

    @Test("An answer sent in time is not cancelled by the close that follows it")
    func answeredNotCancelled() throws {
        let gate = DeferredGate()
        let cancellations = Cancellations()
        try withTestServer(router: Self.router(gate: gate, cancellations: cancellations)) { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/cancellable"))
            let promise = try #require(gate.nextPromise())
            promise.succeed(HTTPResponse(status: .ok, body: Array("done".utf8)))
            #expect(try client.readResponse().bodyText == "done")
            client.close()
            #expect(Self.eventually { server.server.connectionCount == 0 })
            #expect(cancellations.recorded.isEmpty)
            #expect(!promise.isCancelled)
        }
    }

    @Test("A stop asks outstanding answers to finish now; one that does lets the stop end at once")
    func stopAsksForAnswersNow() throws {
        let gate = DeferredGate()
        let cancellations = Cancellations()
        let router = makeLiveTestRouter(gate: gate) { routes in
            routes.add("GET /poll") { _, _ in
                .deferred { promise in
                    promise.onCancel { reason in
                        cancellations.record(reason)
                        if reason == .serverStopping { promise.succeed(HTTPResponse(status: .serviceUnavailable)) }
                    }
                    gate.park(promise)
                }
            }
        }
        var configuration = HTTPServerConfiguration.liveTest
        configuration.shutdownGracePeriod = .seconds(20)
        try withTestServer(configuration: configuration, router: router) { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/poll"))
            _ = try #require(gate.nextPromise())
            let started = ContinuousClock.now
            let stopped = runDetached { server.server.stop() }
            let response = try client.readResponse()
            #expect(response.status == 503)
            #expect(response.closesConnection)
            #expect(stopped.signalled(within: .seconds(10)))
            #expect(ContinuousClock.now - started < .seconds(5))
            #expect(cancellations.recorded == [.serverStopping])
        }
    }

    @Test("A hook registered after the cancellation runs at once")
    func lateHookRunsAtOnce() {
        let promise = HTTPResponsePromise { _ in }
        promise.cancel(.connectionClosed)
        let heard = Mutex<[HTTPResponseCancellation]>([])
        promise.onCancel { reason in heard.withLock { $0.append(reason) } }
        promise.cancel(.connectionClosed)
        #expect(heard.withLock { $0 } == [.connectionClosed])
    }
}
