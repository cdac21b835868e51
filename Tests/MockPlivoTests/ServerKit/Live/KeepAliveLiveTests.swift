import Testing
@testable import HTTPServerKit
@testable import PlivoSupport

@Suite("Live: connection persistence")
struct KeepAliveLiveTests {
    @Test("Several requests are answered on one HTTP/1.1 connection")
    func keepAliveServesSeveralRequests() throws {
        try withTestServer { server in
            let client = try server.connect()
            for index in 0..<5 {
                try client.send(rawRequest("POST", "/echo", body: "request \(index)"))
                let response = try client.readResponse()
                #expect(response.status == 200)
                #expect(response.bodyText == "request \(index)")
                #expect(response[header: "Connection"] == "keep-alive")
            }
        }
    }

    @Test("Connection: close is answered with Connection: close, then the server closes")
    func connectionCloseIsHonoured() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/hello", headers: ["Connection: close"]))
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.closesConnection)
            #expect(try client.readUntilClosed().isEmpty)
            #expect(client.ending == .closed)
        }
    }

    @Test("An HTTP/1.0 request without keep-alive gets its answer and a close")
    func http10ClosesByDefault() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send("GET /hello HTTP/1.0\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.bodyText == "hello")
            #expect(response.closesConnection)
            #expect(try client.readUntilClosed().isEmpty)
        }
    }

    @Test("An HTTP/1.0 request asking for keep-alive keeps the connection")
    func http10KeepAliveWhenAsked() throws {
        try withTestServer { server in
            let client = try server.connect()
            for _ in 0..<2 {
                try client.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                let response = try client.readResponse()
                #expect(response.status == 200)
                #expect(response[header: "Connection"] == "keep-alive")
            }
        }
    }

    @Test("An idle keep-alive connection is closed after the idle timeout")
    func idleConnectionTimesOut() throws {
        var configuration = HTTPServerConfiguration.liveTest
        configuration.idleTimeout = .milliseconds(200)
        try withTestServer(configuration: configuration) { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/hello"))
            #expect(try client.readResponse().status == 200)
            // Silent from here on: the server, not the client, ends the connection, and sends nothing more.
            #expect(try client.readUntilClosed(timeout: .seconds(5)).isEmpty)
            #expect(client.ending == .closed)
        }
    }

    @Test("A body that stalls gets 408 and a close after the body timeout")
    func bodyTimeoutAnswers408() throws {
        var configuration = HTTPServerConfiguration.liveTest
        configuration.bodyTimeout = .milliseconds(200)
        try withTestServer(configuration: configuration) { server in
            let client = try server.connect()
            try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 10\r\n\r\nab")
            let response = try client.readResponse(timeout: .seconds(5))
            #expect(response.status == 408)
            #expect(response.closesConnection)
            #expect(try client.readUntilClosed().isEmpty)
        }
    }

    @Test("A client that never finishes its head gets 408 and a close")
    func headerTimeoutAnswers408() throws {
        var configuration = HTTPServerConfiguration.liveTest
        configuration.headerTimeout = .milliseconds(200)
        try withTestServer(configuration: configuration) { server in
            let client = try server.connect()
            try client.send("GET /hello HTTP/1.1\r\nHost: test\r\n")
            let response = try client.readResponse(timeout: .seconds(5))
            #expect(response.status == 408)
            #expect(response.closesConnection)
            #expect(try client.readUntilClosed().isEmpty)
        }
    }
}
