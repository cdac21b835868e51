import HTTPServerKit

/// Plivo's Account, Subaccount and Endpoint calls, relative to the account group (`/v1/Account/:authID`).
/// Routes only declare; handlers do the work.
enum AccountRoutes {
    static func register(
        accounts: AccountHandlers, subaccounts: SubaccountHandlers, endpoints: EndpointHandlers,
        on routes: inout HTTPRoutes
    ) {
        routes.add("GET /", accounts.get)
        routes.add("POST /", accounts.update)

        routes.add("POST /Subaccount/", subaccounts.create)
        routes.add("GET /Subaccount/", subaccounts.list)
        routes.add("GET /Subaccount/:subauthID/", subaccounts.get)
        routes.add("POST /Subaccount/:subauthID/", subaccounts.update)
        routes.add("DELETE /Subaccount/:subauthID/", subaccounts.delete)

        routes.add("POST /Endpoint/", endpoints.create)
        routes.add("GET /Endpoint/", endpoints.list)
        routes.add("GET /Endpoint/:endpointID/", endpoints.get)
        routes.add("POST /Endpoint/:endpointID/", endpoints.update)
        routes.add("DELETE /Endpoint/:endpointID/", endpoints.delete)
    }
}
