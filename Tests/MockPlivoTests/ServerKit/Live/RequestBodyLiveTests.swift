import Testing
@testable import HTTPServerKit

@Suite("Live: request bodies")
struct RequestBodyLiveTests {
    @Test("A chunked request body reaches the handler decoded")
    func chunkedBodyIsDecoded() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send(
                "POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.bodyText == "hello, world")
            #expect(response[header: "X-Body-Length"] == "12")
        }
    }

    @Test("A chunked body sent in pieces, with a request pipelined behind it, is answered in order")
    func chunkedBodyInPieces() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab")
            try client.send("c\r\n")
            try client.send("0\r\n\r\n" + rawRequest("GET", "/hello"))
            let responses = try client.readResponses(2)
            #expect(responses.map(\.bodyText) == ["abc", "hello"])
        }
    }

    @Test("Expect: 100-continue gets 100 Continue before the body is sent")
    func expectContinue() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nExpect: 100-continue\r\nContent-Length: 7\r\n\r\n")
            let interim = try client.readResponse()
            #expect(interim.status == 100)
            #expect(interim.version == "HTTP/1.1")
            try client.send("payload")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.bodyText == "payload")
        }
    }

    @Test("A huge Content-Length gets 413 and a close without the body being sent")
    func hugeContentLengthIs413() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 10000000000\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 413)
            #expect(response.closesConnection)
            #expect(try client.readUntilClosed().isEmpty)
        }
    }

    @Test("A body past the limit that the client sends anyway still gets its 413, not a reset")
    func oversizedBodySentAnyway() throws {
        var configuration = HTTPServerConfiguration.liveTest
        configuration.limits.maxBodyBytes = 1024
        try withTestServer(configuration: configuration) { server in
            let client = try server.connect()
            let body = String(repeating: "b", count: 256 * 1024)
            try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body)
            let response = try client.readResponse()
            #expect(response.status == 413)
            #expect(response.closesConnection)
        }
    }

    @Test("A chunked body that grows past the limit gets 413")
    func oversizedChunkedBody() throws {
        var configuration = HTTPServerConfiguration.liveTest
        configuration.limits.maxBodyBytes = 16
        try withTestServer(configuration: configuration) { server in
            let client = try server.connect()
            try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n1\r\nx\r\n")
            let response = try client.readResponse()
            #expect(response.status == 413)
            #expect(response.closesConnection)
        }
    }

    @Test("Expect: 100-continue with a body past the limit gets 413 and no 100 Continue")
    func expectContinueOverLimit() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nExpect: 100-continue\r\nContent-Length: 10000000000\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 413)
        }
    }

    @Test("Expect: 100-continue on HTTP/1.0 is ignored, as RFC 9110 §10.1.1 requires")
    func expectContinueIgnoredOnHTTP10() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send("POST /echo HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.bodyText == "hi")
        }
    }

    @Test("A header section past the limit gets 431 and a close")
    func hugeHeadersAre431() throws {
        try withTestServer { server in
            let client = try server.connect()
            let padding = String(repeating: "a", count: 1000)
            let fields = (0..<40).map { "X-Padding-\($0): \(padding)" }
            try client.send(rawRequest("GET", "/hello", headers: fields))
            let response = try client.readResponse()
            #expect(response.status == 431)
            #expect(response.closesConnection)
        }
    }

    @Test("Content-Length together with Transfer-Encoding gets 400 and a close")
    func contentLengthWithTransferEncodingIs400() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send(
                "POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5\r\nhello\r\n0\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 400)
            #expect(response.closesConnection)
            #expect(try client.readUntilClosed().isEmpty)
        }
    }
}
