import Crypto
import Foundation
import Testing
@testable import HTTPServerKit
@testable import MockPlivo

/// The console cannot be framed by another site (clickjacking its delete buttons), and its pages may load nothing
/// but what they carry: a Content-Security-Policy that admits the inline stylesheet by its hash and nothing else.
@Suite("Console framing and content policy")
struct ConsoleFramingTests {
    private static func expectProtected(_ response: HarnessResponse, _ what: String) {
        #expect(response.headers["X-Frame-Options"] == "DENY", "\(what)")
        let policy = response.headers["Content-Security-Policy"] ?? ""
        #expect(policy.contains("frame-ancestors 'none'"), "\(what): \(policy)")
        #expect(policy.contains("default-src 'none'"), "\(what): \(policy)")
        #expect(policy.contains("form-action 'self'"), "\(what): \(policy)")
        #expect(!policy.contains("unsafe-inline") && !policy.contains("*"), "\(what): \(policy)")
    }

    @Test("Every console answer forbids framing: pages, forms, redirects, the sign-in challenge, refusals, 404s")
    func everyAnswerForbidsFraming() throws {
        let harness = try RouterHarness()
        let appID = try harness.createApplication(name: "framed")
        for target in ["/console/", "/console/applications/new/", "/console/applications/\(appID)/edit/",
                       "/console/journal/", "/console/simulations/", "/console/nowhere/"] {
            Self.expectProtected(harness.send(.get, target), target)
        }
        Self.expectProtected(harness.send(.get, "/console/", authorization: nil), "sign-in challenge")
        let crossSite = harness.postForm("/console/applications/", [("app_name", "x")],
                                         headers: [("Sec-Fetch-Site", "cross-site")])
        #expect(crossSite.status == 403)
        Self.expectProtected(crossSite, "cross-site refusal")
        let created = harness.postForm(
            "/console/applications/", [("app_name", "made"), ("answer_url", "https://example.com/a")],
            headers: [("Host", "127.0.0.1:8000"), ("Origin", "http://127.0.0.1:8000")])
        #expect(created.status == 303)
        Self.expectProtected(created, "redirect after a post")
    }

    @Test("The policy admits the page's own inline stylesheet by its hash, and the page uses no style attribute")
    func policyAdmitsTheStyleSheet() throws {
        let page = try RouterHarness().send(.get, "/console/")
        let html = page.text
        let open = try #require(html.range(of: "<style>"))
        let close = try #require(html.range(of: "</style>", range: open.upperBound..<html.endIndex))
        let sheet = String(html[open.upperBound..<close.lowerBound])
        let digest = Data(SHA256.hash(data: Array(sheet.utf8))).base64EncodedString()
        let policy = page.headers["Content-Security-Policy"] ?? ""
        #expect(policy.contains("style-src 'sha256-\(digest)'"), "\(policy)")
        #expect(!html.contains(" style="))
        #expect(!html.contains("<script"))
    }
}
