import Foundation
import Testing
@testable import HTTPServerKit
@testable import MockPlivo

@Suite("Console access")
struct ConsoleAccessTests {
    @Test("The root sends a browser to the console")
    func rootRedirects() throws {
        let response = try RouterHarness().send(.get, "/", authorization: nil)
        #expect(response.status == 303)
        #expect(response.headers["Location"] == "/console/")
    }

    @Test("Without credentials the console asks the browser for them")
    func consoleChallenges() throws {
        let harness = try RouterHarness()
        for target in ["/console/", "/console/applications/new/", "/console/applications/1/edit/"] {
            let response = harness.send(.get, target, authorization: nil)
            #expect(response.status == 401)
            #expect(response.headers["WWW-Authenticate"] == "Basic realm=\"MockPlivo\"")
            #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        }
    }

    @Test("A wrong token is refused with the same challenge")
    func wrongTokenChallenges() throws {
        let wrong = "Basic " + Data("\(RouterHarness.authID):nope".utf8).base64EncodedString()
        let response = try RouterHarness().send(.get, "/console/", authorization: wrong)
        #expect(response.status == 401)
        #expect(response.headers["WWW-Authenticate"] == "Basic realm=\"MockPlivo\"")
    }

    @Test("The API keeps answering 401 without a challenge, as Plivo does")
    func apiDoesNotChallenge() throws {
        let response = try RouterHarness().send(
            .get, "/v1/Account/\(RouterHarness.authID)/Application/", authorization: nil)
        #expect(response.status == 401)
        #expect(response.headers["WWW-Authenticate"] == nil)
        #expect(response.json["error"] == .string("authentication failed"))
    }

    @Test("A form post from another site is refused")
    func crossSitePostRefused() throws {
        let harness = try RouterHarness()
        let pairs = [("app_name", "evil"), ("answer_url", "https://evil.example/")]
        let fromOrigin = harness.postForm(
            "/console/applications/", pairs, headers: [("Host", "127.0.0.1:8000"), ("Origin", "https://evil.example")])
        let fromFetch = harness.postForm("/console/applications/", pairs, headers: [("Sec-Fetch-Site", "cross-site")])
        #expect(fromOrigin.status == 403)
        #expect(fromFetch.status == 403)
        let list = harness.send(.get, "/v1/Account/\(RouterHarness.authID)/Application/")
        #expect(list.json["objects"] == .array([]))
    }

    @Test("A same-origin form post is accepted")
    func sameOriginPostAccepted() throws {
        let response = try RouterHarness().postForm(
            "/console/applications/", [("app_name", "mine"), ("answer_url", "https://example.com/a")],
            headers: [("Host", "127.0.0.1:8000"), ("Origin", "http://127.0.0.1:8000"), ("Sec-Fetch-Site", "same-origin")])
        #expect(response.status == 303)
    }
}
