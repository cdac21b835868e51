import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("URL validation")
struct URLValidationTests {
    @Test("absolute http and https URLs with a host pass", arguments: [
        "http://example.com", "https://example.com/answer", "HTTPS://Example.com:8443/a?b=c#d",
        "http://user:secret@example.com/x", "http://[::1]:5000/answer", "http://127.0.0.1/", "https://bücher.de/",
        "http://a", "hTtP://example.com", "http://a:", "http://a:99999/", "http://[2001:db8::7]/", "http://u@[::1]",
    ])
    func accepts(_ url: String) {
        #expect(URLValidation.isAbsoluteHTTPURL(url))
    }

    @Test("relative, other schemes, missing hosts, spaces and control characters fail", arguments: [
        "", "example.com", "/answer", "ftp://example.com", "http:/example.com", "http://", "https:///path",
        "http://:80/", "http://user@/path", "http://exa mple.com", "http://example.com/a b", "http://example.com/\n",
        "http://example.com/\u{7F}", "mailto:a@example.com", "httpx://example.com", "http//example.com",
        // An unclosed or invalid IPv6 literal, a port that is not digits, brackets in a name: not URLs, though
        // they were once taken for answer URLs no callback could reach.
        "http://[", "HTTP://[N", "http://[::1", "http://[nope]/", "http://[::1]x/", "http://a:8x/", "http://a:123456/",
        "http://a:80:90/", "http://a]b/",
    ])
    func rejects(_ url: String) {
        #expect(!URLValidation.isAbsoluteHTTPURL(url))
    }
}
