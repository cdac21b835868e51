import Testing
@testable import MockPlivo
@testable import OutboundHTTP

extension CallbackTests {
    /// How a callback URL becomes a connection and a request line.
    @Suite struct CallbackTargetTests {
        @Test("Takes an HTTP URL apart")
        func takesAnHTTPURLApart() throws {
            let target = try CallbackTarget("HTTP://Example.com:8080/answer/?a=1&b=%20#top")
            #expect(!target.isSecure)
            #expect(target.host == "Example.com")
            #expect(target.port == 8080)
            #expect(target.hostHeader == "Example.com:8080")
            #expect(target.requestTarget == "/answer/?a=1&b=%20")
            #expect(target.authorization == nil)
            #expect(target.url == "http://Example.com:8080/answer/?a=1&b=%20")
        }

        @Test("Defaults the port and the path")

        func defaultsThePortAndThePath() throws {
            let plain = try CallbackTarget("http://example.com")
            #expect(plain.port == 80)
            #expect(plain.requestTarget == "/")
            let secure = try CallbackTarget("https://example.com?x=1")
            #expect(secure.isSecure)
            #expect(secure.port == 443)
            #expect(secure.requestTarget == "/?x=1")
        }

        @Test("Reads an IPv6 literal")

        func readsAnIPv6Literal() throws {
            let target = try CallbackTarget("http://[::1]:9000/hook")
            #expect(target.host == "::1")
            #expect(target.port == 9000)
            #expect(target.hostHeader == "[::1]:9000")
            #expect(try CallbackTarget("https://[2001:db8::7]/").port == 443)
        }

        @Test("Turns user info into basic credentials and leaves it out of the host")

        func turnsUserInfoIntoBasicCredentialsAndLeavesItOutOfTheHost() throws {
            let target = try CallbackTarget("https://alice:s%3Acret@hooks.example.com/answer")
            #expect(target.authorization == "Basic YWxpY2U6czpjcmV0")  // alice:s:cret
            #expect(target.hostHeader == "hooks.example.com")
            #expect(target.url == "https://hooks.example.com/answer")
        }

        @Test("Percent encodes bytes outside ASCII")

        func percentEncodesBytesOutsideASCII() throws {
            #expect(try CallbackTarget("http://example.com/caf\u{E9}?q=\u{2603}").requestTarget == "/caf%C3%A9?q=%E2%98%83")
        }

        @Test("Refuses what is not an HTTP URL", arguments: [
            "ftp://example.com/", "example.com/answer", "/relative", "http://", "http:///path", "http://:80/",
            "http://example.com:0/", "http://example.com:65536/", "http://example.com:8o/", "http://example.com:+80/", "http://[::1/",
            "http://[::1]x/", "http://exa mple.com/", "http://example.com/\tx", "http://example.com/\u{7F}",
        ])
        func refusesWhatIsNotAnHTTPURL(_ url: String) {
            #expect(throws: CallbackTransportError.invalidURL(url)) { try CallbackTarget(url) }
        }
    }
}
