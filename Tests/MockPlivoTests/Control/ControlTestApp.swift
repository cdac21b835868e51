import Dispatch
import Foundation
import Synchronization
@testable import HTTPServerKit
@testable import MockPlivo

/// An application of its own for one test: `:memory:` store, port 0, quiet logs, a private snapshot directory.
/// Requests go through the router without sockets (`send`) or through a live server (`withLiveServer`).
struct ControlTestApp: Sendable {
    typealias Credentials = (authID: String, authToken: String)

    let application: MockPlivoApplication
    var admin: Credentials { (Configuration.demoAuthID, Configuration.demoAuthToken) }
    var journal: RequestJournal { application.control.journal }

    init(
        seed: UInt64? = nil, journalSize: Int = Configuration.defaultJournalSize, fromDatabase: String? = nil,
        database: String = ":memory:", snapshotDirectory: String? = nil
    ) throws {
        var configuration = Configuration()
        configuration.databasePath = database
        configuration.snapshotDirectory = snapshotDirectory
        configuration.port = 0
        configuration.logLevel = .error
        configuration.seed = seed
        configuration.journalSize = journalSize
        configuration.fromDatabasePath = fromDatabase
        configuration.eventLoops = 1
        application = try MockPlivoApplication(configuration: configuration)
    }

    /// Answers one request through the router, waiting for a deferred answer as the server would.
    func send(
        _ method: String, _ target: String, as credentials: Credentials? = nil, json: String? = nil,
        headers: [(String, String)] = []
    ) -> ControlTestResponse {
        let request = Self.makeRequest(method, target, as: credentials, json: json, headers: headers)
        let response = application.router.respond(to: request, connection: HTTPConnectionInfo(remoteAddress: "test"))
        return ControlTestResponse(Self.resolve(response))
    }

    /// Like `send`, as the admin.
    func sendAsAdmin(_ method: String, _ target: String, json: String? = nil) -> ControlTestResponse {
        send(method, target, as: admin, json: json)
    }

    /// Mints a fresh main account through the control API.
    func mintAccount(name: String = "test") throws -> Credentials {
        let response = sendAsAdmin("POST", "/__mock/accounts/", json: #"{"name": "\#(name)"}"#)
        let object = try response.object()
        guard response.status == 201, let id = object["auth_id"] as? String, let token = object["auth_token"] as? String
        else { throw ControlTestError("minting failed: \(response.status) \(response.text)") }
        return (id, token)
    }

    /// Creates an application for `credentials` and returns its app_id.
    func createApplication(as credentials: Credentials, name: String = "app") throws -> String {
        let response = send("POST", "/v1/Account/\(credentials.authID)/Application/", as: credentials,
                            json: #"{"app_name": "\#(name)", "answer_url": "https://example.com/answer"}"#)
        guard response.status == 201, let appID = try response.object()["app_id"] as? String else {
            throw ControlTestError("create failed: \(response.status) \(response.text)")
        }
        return appID
    }

    static func makeRequest(
        _ method: String, _ target: String, as credentials: Credentials?, json: String?, headers: [(String, String)]
    ) -> HTTPRequest {
        var fields = HTTPHeaders(headers)
        if let credentials {
            let basic = Data("\(credentials.authID):\(credentials.authToken)".utf8).base64EncodedString()
            fields.add(name: "Authorization", value: "Basic \(basic)")
        }
        if json != nil { fields.add(name: "Content-Type", value: "application/json") }
        return HTTPRequest(method: HTTPMethod(method), target: target, headers: fields, body: Array((json ?? "").utf8))
    }

    /// Runs a deferred response's producer and blocks this (test) thread until it completes; nested deferrals
    /// (a latency fault around a deferred answer) are followed.
    static func resolve(_ response: HTTPResponse, timeout: DispatchTime = .now() + 30) -> HTTPResponse {
        guard case .deferred(let start) = response.disposition else { return response }
        let result = Mutex<HTTPResponse?>(nil)
        let done = DispatchSemaphore(value: 0)
        start(HTTPResponsePromise { final in
            // The router renders failures, so a failure here would be a router bug: a 599 shows it.
            result.withLock { $0 = (try? final.get()) ?? HTTPResponse(status: HTTPStatus(code: 599)) }
            done.signal()
        })
        guard done.wait(timeout: timeout) == .success, let final = result.withLock({ $0 }) else {
            return HTTPResponse(status: HTTPStatus(code: 599))
        }
        return resolve(final)
    }

    /// Starts the live server, runs `body` with its port, and always stops it.
    func withLiveServer<T>(_ body: (Int) throws -> T) throws -> T {
        try application.server.start()
        defer { application.server.stop() }
        return try body(application.server.port)
    }
}

struct ControlTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
