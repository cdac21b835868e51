/// A validated request to create an endpoint.
package struct EndpointDraft: Sendable, Equatable {
    /// The requested username; Plivo appends its creation time (UTC `yyMMddHHmmss`) to it.
    package var username: String
    /// Clear text; only a salted hash is stored.
    package var password: String
    package var alias: String
    /// `nil` attaches the owner's `default_endpoint_app`, if there is one.
    package var appID: String?

    package init(username: String, password: String, alias: String, appID: String? = nil) {
        self.username = username
        self.password = password
        self.alias = alias
        self.appID = appID
    }
}

/// A partial update of an endpoint: only non-`nil` fields change.
package struct EndpointChanges: Sendable, Equatable {
    package var password: String?
    package var alias: String?
    package var appID: String?

    package init(password: String? = nil, alias: String? = nil, appID: String? = nil) {
        self.password = password
        self.alias = alias
        self.appID = appID
    }
}

/// SIP endpoints, seen through the scope of the account that asks.
package protocol EndpointStore: Sendable {
    /// Creates an endpoint. Throws `invalidReference("app_id")` when the app is not visible.
    func createEndpoint(_ draft: EndpointDraft, in scope: AccountScope) throws -> Endpoint

    func endpoint(id endpointID: String, in scope: AccountScope) throws -> Endpoint?

    /// The visible endpoint with this full username (`zumba131031145958`, as `sip:zumba…@phone.plivo.com` names it).
    func endpoint(username: String, in scope: AccountScope) throws -> Endpoint?

    /// A page of the visible endpoints, newest first; with `subaccountID`, only that subaccount's. Throws
    /// `invalidReference("subaccount")` when `subaccountID` is not a subaccount the scope can see.
    func listEndpoints(in scope: AccountScope, subaccountID: String?, page: PageRequest) throws -> Page<Endpoint>

    /// Throws `notFound` or `invalidReference("app_id")`.
    func updateEndpoint(id endpointID: String, changes: EndpointChanges, in scope: AccountScope) throws -> Endpoint

    /// Throws `notFound`.
    func deleteEndpoint(id endpointID: String, in scope: AccountScope) throws
}

extension EndpointStore {
    /// A page of every visible endpoint, newest first.
    package func listEndpoints(in scope: AccountScope, page: PageRequest) throws -> Page<Endpoint> {
        try listEndpoints(in: scope, subaccountID: nil, page: page)
    }
}

/// Everything the HTTP handlers need from persistence, in one value to inject.
package typealias MockPlivoStore = ApplicationStore & AccountStore & EndpointStore & NumberStore
    & IncomingCarrierStore & CreditStore & MessageStore
