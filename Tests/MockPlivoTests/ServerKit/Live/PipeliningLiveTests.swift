import Dispatch
import Testing
@testable import HTTPServerKit

@Suite("Live: pipelining")
struct PipeliningLiveTests {
    @Test("Pipelined requests sent in one write are answered in order")
    func pipelinedRequestsAnsweredInOrder() throws {
        try withTestServer { server in
            let client = try server.connect()
            let bodies = (0..<10).map { "body-\($0)" }
            try client.send(bodies.map { rawRequest("POST", "/echo", body: $0) }.joined())
            let responses = try client.readResponses(bodies.count)
            #expect(responses.map(\.bodyText) == bodies)
        }
    }

    @Test("A burst of pipelined requests larger than the read buffer is answered completely and in order")
    func largePipelinedBurst() throws {
        try withTestServer { server in
            let client = try server.connect()
            let bodies = (0..<1500).map { "burst-\($0)" }
            // About 110 KB: more than one 64 KB read, so requests straddle reads and the input buffer compacts.
            try client.send(bodies.map { rawRequest("POST", "/echo", body: $0) }.joined())
            let responses = try client.readResponses(bodies.count, timeout: .seconds(20))
            #expect(responses.map(\.bodyText) == bodies)
        }
    }

    @Test("Deferred answers completed at once from many threads all arrive (one wake per batch loses none)")
    func concurrentDeferredCompletionsAllArrive() throws {
        let router = makeLiveTestRouter { routes in
            routes.add("POST /later") { request, _ in
                .deferred { promise in
                    DispatchQueue.global().async {
                        promise.succeed(HTTPResponse(status: .ok, body: request.body))
                    }
                }
            }
        }
        try withTestServer(router: router) { server in
            let clients = try (0..<8).map { _ in try server.connect() }
            let bodies = (0..<8).map { client in (0..<40).map { "c\(client)-r\($0)" } }
            for (client, requests) in zip(clients, bodies) {
                try client.send(requests.map { rawRequest("POST", "/later", body: $0) }.joined())
            }
            for (client, requests) in zip(clients, bodies) {
                let responses = try client.readResponses(requests.count, timeout: .seconds(20))
                #expect(responses.map(\.bodyText) == requests)
            }
        }
    }

    @Test("A fast request pipelined behind a deferred one waits for it, so answers keep their order")
    func deferredResponseKeepsOrder() throws {
        let gate = DeferredGate()
        try withTestServer(router: makeLiveTestRouter(gate: gate)) { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/deferred") + rawRequest("GET", "/fast"))
            let promise = try #require(gate.nextPromise())
            // The fast request is buffered behind the deferred one; its handler has not run yet.
            #expect(gate.recordedCalls == ["deferred"])
            let completed = runDetached {
                promise.succeed(HTTPResponse(status: .accepted, body: Array("slow".utf8)))
            }
            #expect(completed.signalled(within: .seconds(5)))
            let responses = try client.readResponses(2)
            #expect(responses.map(\.status) == [202, 200])
            #expect(responses.map(\.bodyText) == ["slow", "fast"])
            #expect(gate.recordedCalls == ["deferred", "fast"])
        }
    }

    @Test("A promise completed twice answers only its own request, not the next deferred one")
    func promiseCompletesOnce() throws {
        let gate = DeferredGate()
        try withTestServer(router: makeLiveTestRouter(gate: gate)) { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/deferred") + rawRequest("GET", "/deferred"))
            let first = try #require(gate.nextPromise())
            first.succeed(HTTPResponse(status: .ok, body: Array("first".utf8)))
            let second = try #require(gate.nextPromise())
            first.succeed(HTTPResponse(status: .ok, body: Array("first again".utf8)))
            second.succeed(HTTPResponse(status: .ok, body: Array("second".utf8)))
            let responses = try client.readResponses(2)
            #expect(responses.map(\.bodyText) == ["first", "second"])
        }
    }

    @Test("A client that half-closes after pipelining still gets every answer, then a close")
    func halfClosedClientGetsAnswers() throws {
        let gate = DeferredGate()
        try withTestServer(router: makeLiveTestRouter(gate: gate)) { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/hello") + rawRequest("GET", "/deferred") + rawRequest("GET", "/fast"))
            client.finishSending()
            try #require(gate.nextPromise()).succeed(HTTPResponse(status: .ok, body: Array("slow".utf8)))
            let responses = try client.readResponses(3)
            #expect(responses.map(\.bodyText) == ["hello", "slow", "fast"])
            #expect(try client.readUntilClosed().isEmpty)
        }
    }

    @Test("Requests pipelined after Connection: close are not answered")
    func nothingAnsweredAfterClose() throws {
        let gate = DeferredGate()
        try withTestServer(router: makeLiveTestRouter(gate: gate)) { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/hello", headers: ["Connection: close"]) + rawRequest("GET", "/fast"))
            let response = try client.readResponse()
            #expect(response.closesConnection)
            #expect(try client.readUntilClosed().isEmpty)
            #expect(gate.recordedCalls.isEmpty)
        }
    }

    @Test("A deferred answer to HEAD goes out without its body")
    func deferredHeadHasNoBody() throws {
        let gate = DeferredGate()
        try withTestServer(router: makeLiveTestRouter(gate: gate)) { server in
            let client = try server.connect()
            try client.send(rawRequest("HEAD", "/deferred") + rawRequest("GET", "/fast"))
            try #require(gate.nextPromise()).succeed(HTTPResponse(status: .ok, body: Array("slow".utf8)))
            let responses = try client.readResponses(2, bodiless: [0])
            #expect(responses[0][header: "Content-Length"] == "4")
            #expect(responses[1].bodyText == "fast")
        }
    }

    @Test("A request split into single bytes is answered once complete")
    func requestSplitByteByByte() throws {
        try withTestServer { server in
            let client = try server.connect()
            for byte in Array(rawRequest("POST", "/echo", body: "split").utf8) {
                try client.send([byte])
            }
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.bodyText == "split")
        }
    }

    @Test("A HEAD request gets the GET headers without a body, and the connection stays usable")
    func headGetsHeadersOnly() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send(rawRequest("HEAD", "/hello") + rawRequest("GET", "/hello"))
            let responses = try client.readResponses(2, bodiless: [0])
            #expect(responses[0].status == 200)
            #expect(responses[0][header: "Content-Length"] == "5")
            #expect(responses[0].body.isEmpty)
            // Had the HEAD answer carried a body, it would have been read as the start of this response.
            #expect(responses[1].bodyText == "hello")
        }
    }
}
