/// A validated request to create an endpoint.
struct EndpointDraft: Sendable, Equatable {
    /// The requested username; Plivo appends 12 digits to it.
    var username: String
    /// Clear text; only a salted hash is stored.
    var password: String
    var alias: String
    /// `nil` attaches the owner's `default_endpoint_app`, if there is one.
    var appID: String?
}

/// A partial update of an endpoint: only non-`nil` fields change.
struct EndpointChanges: Sendable, Equatable {
    var password: String?
    var alias: String?
    var appID: String?
}

/// SIP endpoints, seen through the scope of the account that asks.
protocol EndpointStore: Sendable {
    /// Creates an endpoint. Throws `invalidReference("app_id")` when the app is not visible.
    func createEndpoint(_ draft: EndpointDraft, in scope: AccountScope) throws -> Endpoint

    func endpoint(id endpointID: String, in scope: AccountScope) throws -> Endpoint?

    /// A page of the visible endpoints, newest first.
    func listEndpoints(in scope: AccountScope, page: PageRequest) throws -> Page<Endpoint>

    /// Throws `notFound` or `invalidReference("app_id")`.
    func updateEndpoint(id endpointID: String, changes: EndpointChanges, in scope: AccountScope) throws -> Endpoint

    /// Throws `notFound`.
    func deleteEndpoint(id endpointID: String, in scope: AccountScope) throws
}

/// Everything the HTTP handlers need from persistence, in one value to inject.
typealias MockPlivoStore = ApplicationStore & AccountStore & EndpointStore
