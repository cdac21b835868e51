import Glibc
import Synchronization
import Testing
@testable import HTTPServerKit

/// ``EventLoopHooks``: each loop's thread runs `loopDidStart` once, and `batchDidEnd` after each batch it served,
/// on that same thread, so work a batch's requests left there (answers waiting for one commit) can finish it.
@Suite("Live: event-loop hooks")
struct EventLoopHooksLiveTests {
    /// Promises parked by `GET /at-batch-end`, per loop thread; `batchDidEnd` answers its own thread's.
    final class ParkedPerThread: Sendable {
        private let parked = Mutex<[UInt: [HTTPResponsePromise]]>([:])
        let started = Mutex<[UInt]>([])

        func park(_ promise: HTTPResponsePromise) {
            parked.withLock { $0[UInt(pthread_self()), default: []].append(promise) }
        }

        func answerThisThread() {
            let promises = parked.withLock { $0.removeValue(forKey: UInt(pthread_self())) } ?? []
            for promise in promises {
                promise.succeed(HTTPResponse(status: .ok, body: Array("answered at batch end".utf8)))
            }
        }
    }

    @Test("Every loop starts once on its own thread; answers left for the batch's end go out after it")
    func hooksRunOnTheLoopThread() throws {
        let parked = ParkedPerThread()
        var configuration = HTTPServerConfiguration.liveTest
        configuration.loopHooks = EventLoopHooks(
            loopDidStart: { parked.started.withLock { $0.append(UInt(pthread_self())) } },
            batchDidEnd: { parked.answerThisThread() })
        let router = makeLiveTestRouter { routes in
            routes.add("GET /at-batch-end") { _, _ in .deferred { promise in parked.park(promise) } }
        }
        try withTestServer(configuration: configuration, router: router) { server in
            let clients = try (0..<6).map { _ in try server.connect() }
            for client in clients { try client.send("GET /at-batch-end HTTP/1.1\r\nHost: t\r\n\r\n") }
            for client in clients {
                let response = try client.readResponse()
                #expect(response.status == 200)
                #expect(response.bodyText == "answered at batch end")
            }
        }
        // Read once the server has stopped, which waits for every loop: each has started by then.
        let started = parked.started.withLock { $0 }
        #expect(started.count == configuration.eventLoopCount)
        #expect(Set(started).count == started.count)
    }
}
