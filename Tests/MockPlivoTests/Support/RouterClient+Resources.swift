import Testing
@testable import MockPlivo
@testable import PlivoSupport

/// Shortcuts that create resources through the API and check that it worked, for tests about something else.
extension RouterClient {
    /// Creates an enabled subaccount and returns a client authenticated as it.
    func makeSubaccount(name: String = "sub", enabled: Bool = true, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> RouterClient {
        let response = post("Subaccount/", json: ["name": name, "enabled": enabled])
        #expect(response.status == 201, "\(response.text)", sourceLocation: sourceLocation)
        let authID = try #require(response.string("auth_id"), sourceLocation: sourceLocation)
        let token = try #require(response.string("auth_token"), sourceLocation: sourceLocation)
        return authenticated(as: authID, token: token)
    }

    /// A client authenticated as a subaccount of another main account (`MAOTHERACCOUNT000001`, made if needed): one
    /// this client's account cannot see.
    func makeForeignSubaccount(sourceLocation: SourceLocation = #_sourceLocation) throws -> RouterClient {
        let otherMain = "MAOTHERACCOUNT000001"
        let otherToken = "OtherTokenOtherTokenOtherTokenOtherTok01"
        _ = try application.store.ensureMainAccount(authID: otherMain, authToken: otherToken)
        return try authenticated(as: otherMain, token: otherToken)
            .makeSubaccount(name: "foreign", sourceLocation: sourceLocation)
    }

    /// Creates an application and returns its app_id.
    func makeApplication(
        name: String = "app", extra: [String: Any] = [:], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        var body: [String: Any] = ["app_name": name, "answer_url": "https://example.com/answer"]
        body.merge(extra) { _, new in new }
        let response = post("Application/", json: body)
        #expect(response.status == 201, "\(response.text)", sourceLocation: sourceLocation)
        return try #require(response.string("app_id"), sourceLocation: sourceLocation)
    }

    /// Creates an endpoint and returns its id and full username.
    func makeEndpoint(
        username: String = "zumba", appID: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (id: String, username: String) {
        var body: [String: Any] = ["username": username, "password": "secret", "alias": username]
        if let appID { body["app_id"] = appID }
        let response = post("Endpoint/", json: body)
        #expect(response.status == 201, "\(response.text)", sourceLocation: sourceLocation)
        return (try #require(response.string("endpoint_id"), sourceLocation: sourceLocation),
                try #require(response.string("username"), sourceLocation: sourceLocation))
    }

    /// The `objects` of a list call, and its `meta.total_count`.
    func list(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> (objects: [JSONValue], total: Int) {
        let response = get(path)
        #expect(response.status == 200, "\(response.text)", sourceLocation: sourceLocation)
        let objects = try #require(response["objects"]?.arrayValue, sourceLocation: sourceLocation)
        let total = try #require(response["meta"]?["total_count"]?.intValue, sourceLocation: sourceLocation)
        return (objects, total)
    }
}
