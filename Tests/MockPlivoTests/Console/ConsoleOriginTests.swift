import Testing
@testable import HTTPServerKit
@testable import MockPlivo

/// The console answers only requests addressed to a name the server is known by, so a page whose name an attacker
/// re-points at 127.0.0.1 (DNS rebinding) is refused; and it takes a form post only when the browser says where
/// it comes from and that is the console itself.
@Suite("Console: Host allow-list and the origin of form posts")
struct ConsoleOriginTests {
    private static let form = [("app_name", "posted"), ("answer_url", "https://example.com/a")]

    @Test("A console request for a name that is not the server's is refused, even with valid credentials", arguments: [
        "evil.example:8000", "evil.example", "127.0.0.1.evil.example:8000", "localhost.evil.example",
    ])
    func foreignHostRefused(host: String) throws {
        let harness = try RouterHarness()
        let page = harness.send(.get, "/console/", headers: [("Host", host)])
        #expect(page.status == 403)
        #expect(page.text.contains("--allowed-hosts"))
        let post = harness.postForm("/console/applications/", Self.form,
                                    headers: [("Host", host), ("Origin", "http://\(host)")])
        #expect(post.status == 403)
        let signIn = harness.send(.get, "/console/", headers: [("Host", host)], authorization: nil)
        #expect(signIn.status == 403)
        #expect(signIn.headers["WWW-Authenticate"] == nil)
    }

    @Test("Loopback names, IP literals and the bound address are the server's", arguments: [
        "127.0.0.1:8000", "localhost:8000", "LOCALHOST", "app.localhost:8000", "[::1]:8000", "10.1.2.3:8000",
        "localhost.:8000",
    ])
    func ownHostsServed(host: String) throws {
        #expect(try RouterHarness().send(.get, "/console/", headers: [("Host", host)]).status == 200)
    }

    @Test("--allowed-hosts adds names: exact, or with a leading dot a domain and its subdomains, or * for any")
    func allowedHostsConfigured() throws {
        let harness = try RouterHarness(allowedHosts: ["mock.test", ".ci.example"])
        for host in ["mock.test:8000", "ci.example", "runner-3.ci.example:8000"] {
            #expect(harness.send(.get, "/console/", headers: [("Host", host)]).status == 200, "\(host)")
        }
        for host in ["other.test", "notci.example"] {
            #expect(harness.send(.get, "/console/", headers: [("Host", host)]).status == 403, "\(host)")
        }
        let open = try RouterHarness(allowedHosts: ["*"])
        #expect(open.send(.get, "/console/", headers: [("Host", "anything.example")]).status == 200)
    }

    @Test("The API is not restricted by Host: SDKs sent through a proxy name api.plivo.com")
    func apiIgnoresHost() throws {
        let response = try RouterHarness().send(
            .get, "/v1/Account/\(RouterHarness.authID)/Application/", headers: [("Host", "api.plivo.com")])
        #expect(response.status == 200)
    }

    @Test("A console post must say it comes from the console: Origin, or else a same-origin Referer")
    func postNeedsOrigin() throws {
        let harness = try RouterHarness()
        let host = ("Host", "127.0.0.1:8000")
        let cases: [([(String, String)], Int)] = [
            ([host], 403),
            ([host, ("Referer", "https://evil.example/attack.html")], 403),
            ([host, ("Referer", "http://127.0.0.1:8000.evil.example/")], 403),
            ([host, ("Origin", "null")], 403),
            ([host, ("Origin", "http://127.0.0.1:8000"), ("Referer", "https://evil.example/")], 303),
            ([host, ("Referer", "http://127.0.0.1:8000/console/applications/new/")], 303),
            ([host, ("Origin", "http://127.0.0.1:8000")], 303),
        ]
        for (headers, status) in cases {
            let response = harness.send(
                .post, "/console/applications/",
                headers: [("Content-Type", "application/x-www-form-urlencoded")] + headers,
                body: "app_name=posted&answer_url=https%3A%2F%2Fexample.com%2Fa")
            #expect(response.status == status, "\(headers)")
        }
    }
}
