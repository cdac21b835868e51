import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("URL validation")
struct URLValidationTests {
    @Test("absolute http and https URLs with a host pass", arguments: [
        "http://example.com", "https://example.com/answer", "HTTPS://Example.com:8443/a?b=c#d",
        "http://user:secret@example.com/x", "http://[::1]:5000/answer", "http://127.0.0.1/", "https://bücher.de/",
        "http://a", "hTtP://example.com",
    ])
    func accepts(_ url: String) {
        #expect(URLValidation.isAbsoluteHTTPURL(url))
    }

    @Test("relative, other schemes, missing hosts, spaces and control characters fail", arguments: [
        "", "example.com", "/answer", "ftp://example.com", "http:/example.com", "http://", "https:///path",
        "http://:80/", "http://user@/path", "http://exa mple.com", "http://example.com/a b", "http://example.com/\n",
        "http://example.com/\u{7F}", "mailto:a@example.com", "httpx://example.com", "http//example.com",
    ])
    func rejects(_ url: String) {
        #expect(!URLValidation.isAbsoluteHTTPURL(url))
    }
}
