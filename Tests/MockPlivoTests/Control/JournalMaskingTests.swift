import Foundation
import Testing
@testable import HTTPServerKit
@testable import MockPlivo

/// No body or query the journal stores or shows holds a secret: not when the body is longer than the journal
/// keeps, not when it does not parse, not when the secret's name is escaped.
@Suite("Control plane: secrets in the journal")
struct JournalMaskingTests {
    private static let secret = "hunter22secret"

    @Test("A JSON body over 4 KiB is masked before it is cut: the password never shows, stored or listed")
    func longBodyMaskedBeforeTruncation() throws {
        let app = try ControlTestApp()
        let note = String(repeating: "a", count: 6000)
        _ = app.send("POST", "/v1/Account/\(app.admin.authID)/Endpoint/", as: app.admin,
                     json: #"{"password": "\#(Self.secret)", "username": "desk", "zz_note": "\#(note)", "alias": "a"}"#)
        let entry = try #require(try app.sendAsAdmin("GET", "/__mock/journal").objects("entries").first)
        let body = try #require(entry["body"] as? String)
        #expect(!body.contains(Self.secret))
        #expect(body.contains(#""password":"****""#))
        #expect(body.utf8.count == JournalEntry.maxBodyBytes)
        #expect(entry["body_truncated"] as? Bool == true)
        #expect((entry["body_size"] as? Int ?? 0) > 6000)
        let stored = try #require(app.journal.entries(matching: JournalFilter()).entries.first)
        #expect(!String(decoding: stored.bodyPrefix, as: UTF8.self).contains(Self.secret))
    }

    @Test("Bodies that do not parse are masked by key pattern", arguments: [
        // Malformed JSON: a missing brace, a trailing comma, a value cut short.
        (#"{"username":"desk","password":"hunter22secret","#, #"{"username":"desk","password":"****","#),
        (#"{"password":"hunter22secret","alias":"x"#, #"{"password":"****","alias":"x"#),
        (#"{"password":"hunter22sec"#, #"{"password":"****"#),
        (#"{"auth_token": 12345, "a": 1"#, #"{"auth_token": "****", "a": 1"#),
        (#"{"secrets": ["hunter22secret", {"b": 1}], "a": "#, #"{"secrets": "****", "a": "#),
        (#"{"sip": {"Password": "hunter22secret"}, "#, #"{"sip": {"Password": "****"}, "#),
        // An escaped name is still the name it spells.
        (#"{"pass\u0077ord":"hunter22secret""#, #"{"pass\u0077ord":"****""#),
        // A quoted name inside a string value is text, not a key.
        (#"{"note":"say \"password\": \"no\"", "#, #"{"note":"say \"password\": \"no\"", "#),
        // JSON inside other text.
        (#"garbage {"auth_token": "hunter22secret"}"#, #"garbage {"auth_token": "****"}"#),
        // Forms, also with broken escapes and other spellings of a secret's name.
        ("username=desk&password=hunter22secret", "username=desk&password=****"),
        ("pass%77ord=hunter22secret&x=%zz", "pass%77ord=****&x=%zz"),
        ("x=%zz&api_key=hunter22secret", "x=%zz&api_key=****"),
        ("Client-Secret=hunter22secret", "Client-Secret=****"),
        ("app_name=a&answer_url=https%3A%2F%2Fexample.com%2F", "app_name=a&answer_url=https%3A%2F%2Fexample.com%2F"),
    ])
    func unparsableBodiesMasked(input: String, expected: String) {
        #expect(JournalEntry.maskingSecretParameters(inBody: input) == expected)
    }

    @Test("A JSON body that parses is masked member by member, nested ones included")
    func parsedBodyMasked() {
        let masked = JournalEntry.maskingSecretParameters(
            inBody: #"{"user": {"password": "hunter22secret"}, "list": [{"token": "x"}], "name": "n"}"#)
        #expect(masked == #"{"list":[{"token":"****"}],"name":"n","user":{"password":"****"}}"#)
    }

    @Test("Malformed bodies and queries are stored masked, and the console shows them masked")
    func malformedStoredAndShownMasked() throws {
        let harness = try RouterHarness()
        let endpoints = "/v1/Account/\(RouterHarness.authID)/Endpoint/"
        _ = harness.send(
            .post, endpoints, headers: [("Content-Type", "application/json")],
            body: #"{"username":"desk","password":"\#(Self.secret)","#)
        _ = harness.send(.get, endpoints + "?auth_token=\(Self.secret)&limit=2")
        let page = harness.send(.get, "/console/journal/")
        #expect(page.status == 200)
        #expect(!page.text.contains(Self.secret))
        #expect(page.text.contains("auth_token=****&amp;limit=2"))
        let entries = harness.application.control.journal.entries(matching: JournalFilter(pathPrefix: "/v1/")).entries
        #expect(entries.count == 2)
        #expect(!entries.contains { String(decoding: $0.bodyPrefix, as: UTF8.self).contains(Self.secret) })
        #expect(!entries.contains { ($0.query ?? "").contains(Self.secret) })
    }
}
