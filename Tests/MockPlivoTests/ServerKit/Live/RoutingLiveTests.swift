import Testing
@testable import HTTPServerKit

@Suite("Live: routing")
struct RoutingLiveTests {
    @Test("An absolute-form target is routed by its path")
    func absoluteFormIsRoutedByPath() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send("GET http://example.com:8080/hello?x=1 HTTP/1.1\r\nHost: example.com:8080\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.bodyText == "hello")
        }
    }

    @Test("An unknown path gets 404 and the connection stays open")
    func unknownPathIs404() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/nowhere") + rawRequest("GET", "/hello"))
            let responses = try client.readResponses(2)
            #expect(responses[0].status == 404)
            #expect(responses[0][header: "Content-Type"] == "application/json")
            #expect(responses[1].status == 200)
        }
    }

    @Test("A known path with the wrong method gets 405 with Allow")
    func wrongMethodIs405() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send(rawRequest("DELETE", "/hello"))
            let response = try client.readResponse()
            #expect(response.status == 405)
            #expect(response[header: "Allow"] == "GET, HEAD")
        }
    }

    @Test("A request line past the limit gets 414 and a close")
    func longRequestLineIs414() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/hello?q=" + String(repeating: "q", count: 10_000)))
            let response = try client.readResponse()
            #expect(response.status == 414)
            #expect(response.closesConnection)
        }
    }

    @Test("An unsupported HTTP version gets 505")
    func unsupportedVersionIs505() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send("GET /hello HTTP/2.0\r\nHost: test\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 505)
            #expect(response.closesConnection)
        }
    }

    @Test("Every response carries Date and Content-Length")
    func framingHeadersArePresent() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/hello"))
            let response = try client.readResponse()
            #expect(response.version == "HTTP/1.1")
            #expect(response.reason == "OK")
            #expect(response[header: "Content-Length"] == "5")
            #expect(response[header: "Date"]?.hasSuffix(" GMT") == true)
        }
    }
}
