import Foundation
@testable import HTTPServerKit
@testable import MockPlivo
@testable import PlivoSupport

/// A whole ``MockPlivoApplication`` (its own `:memory:` store, never bound to a port) driven through its router,
/// so tests run in parallel with no sockets. Requests carry the account's Basic credentials unless told otherwise.
struct RouterHarness: Sendable {
    static let authID = "MAHARNESSACCOUNT0001"
    static let authToken = "HarnessTokenHarnessTokenHarnessToken0001"

    let application: MockPlivoApplication

    init(allowedHosts: [String] = []) throws {
        var configuration = Configuration()
        configuration.allowedHosts = allowedHosts
        configuration.port = 0
        configuration.authID = Self.authID
        configuration.authToken = Self.authToken
        configuration.usesDemoAccount = false
        configuration.seed = 11
        configuration.logLevel = .error
        configuration.timeScale = 0
        application = try MockPlivoApplication(configuration: configuration)
    }

    static var authorization: String {
        "Basic " + Data("\(authID):\(authToken)".utf8).base64EncodedString()
    }

    /// Sends a request; `authorization: nil` sends none.
    func send(
        _ method: HTTPMethod, _ target: String, headers: [(String, String)] = [], body: String = "",
        authorization: String? = RouterHarness.authorization
    ) -> HarnessResponse {
        var allHeaders = HTTPHeaders(headers)
        if let authorization { allHeaders.add(name: "Authorization", value: authorization) }
        let request = HTTPRequest(method: method, target: target, headers: allHeaders, body: Array(body.utf8))
        // A deferred answer (a simulation) is waited for, as the server would.
        let response = RouterClient.waitForDeferred(
            application.router.respond(to: request, connection: HTTPConnectionInfo(remoteAddress: "127.0.0.1:1")))
        return HarnessResponse(status: response.status.code, headers: response.headers, body: response.body)
    }

    /// A browser-style form post: from the console's own page (`Host` and `Origin` of `127.0.0.1:8000`) unless
    /// `headers` say otherwise.
    func postForm(_ target: String, _ pairs: [(String, String)], headers: [(String, String)] = []) -> HarnessResponse {
        var fields = [("Content-Type", "application/x-www-form-urlencoded")] + headers
        for (name, value) in [("Host", "127.0.0.1:8000"), ("Origin", "http://127.0.0.1:8000")]
        where !headers.contains(where: { $0.0.lowercased() == name.lowercased() }) {
            fields.append((name, value))
        }
        return send(.post, target, headers: fields, body: FormURLEncoding.encode(pairs))
    }

    /// Creates an application through the API and returns its app_id. Its URLs point at the discard port of
    /// loopback, so that a test that happens to trigger a simulated call never sends traffic off this machine.
    func createApplication(name: String) throws -> String {
        let response = send(
            .post, "/v1/Account/\(Self.authID)/Application/", headers: [("Content-Type", "application/json")],
            body: "{\"app_name\": \"\(name)\", \"answer_url\": \"http://127.0.0.1:9/\(name)\"}")
        guard response.status == 201, case .string(let appID)? = response.json["app_id"] else {
            throw HarnessError(message: "create failed: \(response.status) \(response.text)")
        }
        return appID
    }
}

/// What came back, with the body as text and as JSON.
struct HarnessResponse: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body's top-level JSON object; empty when the body is not one.
    var json: [String: JSONValue] {
        guard case .object(let object)? = try? JSONDecoder().decode(JSONValue.self, from: Data(body)) else { return [:] }
        return object
    }
}

struct HarnessError: Error {
    let message: String
}
