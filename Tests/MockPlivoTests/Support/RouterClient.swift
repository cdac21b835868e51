import Foundation
@testable import HTTPServerKit
@testable import MockPlivo
@testable import PlivoSupport

/// Drives a whole ``MockPlivoApplication`` through its router, without sockets: requests carry Basic auth and a
/// JSON (or form) body, responses come back with their JSON decoded. Each client owns its application and its
/// `:memory:` store, so tests using it run in parallel.
struct RouterClient: Sendable {
    static let mainAuthID = "MAROUTERCLIENT000001"
    static let mainAuthToken = "RouterClientTokenRouterClientToken000001"

    let application: MockPlivoApplication
    /// The credentials sent, and the auth_id that relative paths start from.
    let authID: String
    let authToken: String

    /// A fresh application on port 0 (never bound) with a seeded identifier generator and a quiet log.
    /// With `manualClock`, the simulated clock moves only when the test says (``advance(by:)``); `configure`
    /// changes anything else.
    init(
        seed: UInt64 = 7, eventLoops: Int? = nil, manualClock: Bool = false,
        configure: (inout Configuration) -> Void = { _ in }
    ) throws {
        var configuration = Configuration()
        configuration.eventLoops = eventLoops
        configuration.port = 0
        configuration.authID = Self.mainAuthID
        configuration.authToken = Self.mainAuthToken
        configuration.usesDemoAccount = false
        configuration.seed = seed
        configuration.logLevel = .error
        // Messages and calls run to their end at once; tests wait for the engine, never for the clock.
        configuration.timeScale = 0
        configuration.manualClock = manualClock
        configure(&configuration)
        self.init(application: try MockPlivoApplication(configuration: configuration),
                  authID: Self.mainAuthID, authToken: Self.mainAuthToken)
    }

    private init(application: MockPlivoApplication, authID: String, authToken: String) {
        self.application = application
        self.authID = authID
        self.authToken = authToken
    }

    /// The same application, with other credentials (a subaccount's, or wrong ones).
    func authenticated(as authID: String, token: String) -> RouterClient {
        RouterClient(application: application, authID: authID, authToken: token)
    }

    /// `/v1/Account/{auth_id}/` followed by `path`, unless `path` is absolute already.
    func url(_ path: String) -> String {
        path.hasPrefix("/") || path.contains("://") ? path : "/v1/Account/\(authID)/\(path)"
    }

    func get(_ path: String) -> RouterResponse {
        send(.get, path)
    }

    func post(_ path: String, json: [String: Any] = [:]) -> RouterResponse {
        send(.post, path, json: json)
    }

    func delete(_ path: String, json: [String: Any]? = nil) -> RouterResponse {
        send(.delete, path, json: json)
    }

    /// Sends `body` as `application/x-www-form-urlencoded`, as curl users do.
    func post(_ path: String, form body: String) -> RouterResponse {
        send(.post, path, headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Array(body.utf8))
    }

    /// Sends a request with Basic auth; `json` becomes the body with `Content-Type: application/json`.
    func send(
        _ method: HTTPMethod, _ path: String, json: [String: Any]? = nil,
        headers: [(String, String)] = [], body: [UInt8] = []
    ) -> RouterResponse {
        var fields = [("Authorization", "Basic " + Data("\(authID):\(authToken)".utf8).base64EncodedString())]
        var bytes = body
        if let json {
            fields.append(("Content-Type", "application/json"))
            // Test bodies are literals of strings, numbers and booleans; a bad one is a bug in the test.
            bytes = Array(try! JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]))
        }
        fields += headers
        let request = HTTPRequest(method: method, target: url(path), headers: HTTPHeaders(fields), body: bytes)
        let response = Self.waitForDeferred(
            application.router.respond(to: request, connection: HTTPConnectionInfo(remoteAddress: "test")))
        return RouterResponse(status: response.status.code, headers: response.headers, body: response.body)
    }
}

/// What the router answered: status, headers, body, and the body decoded as JSON.
struct RouterResponse: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as JSON; `nil` when empty or not JSON.
    var json: JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: Data(body)) }

    /// A member of the JSON object body.
    subscript(key: String) -> JSONValue? { json?[key] }

    /// A string member of the JSON object body.
    func string(_ key: String) -> String? { json?[key]?.stringValue }

    /// The body's `error`, for error assertions.
    var error: String? { string("error") }

    /// The body with its `api_id` value replaced by `"API_ID"`, for comparing whole bodies.
    var textWithoutAPIID: String {
        guard let apiID = string("api_id") else { return text }
        return text.replacingOccurrences(of: "\"\(apiID)\"", with: "\"API_ID\"")
    }
}

extension JSONValue {
    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    subscript(index: Int) -> JSONValue? {
        if case .array(let array) = self, array.indices.contains(index) { return array[index] }
        return nil
    }

    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var arrayValue: [JSONValue]? {
        if case .array(let array) = self { return array }
        return nil
    }

    var intValue: Int? {
        if case .number(let number) = self { return Int(exactly: number) }
        return nil
    }
}
