import HTTPServerKit

/// The route table of Plivo's Account, Subaccount and Endpoint calls. Routes only declare; handlers do the work.
enum AccountRoutes {
    static func register(
        accounts: AccountHandlers, subaccounts: SubaccountHandlers, endpoints: EndpointHandlers,
        on router: HTTPRouter
    ) {
        let prefix = PlivoRoutes.accountPrefix
        router.add("GET \(prefix)/", accounts.get)
        router.add("POST \(prefix)/", accounts.update)

        router.add("POST \(prefix)/Subaccount/", subaccounts.create)
        router.add("GET \(prefix)/Subaccount/", subaccounts.list)
        router.add("GET \(prefix)/Subaccount/:subauthID/", subaccounts.get)
        router.add("POST \(prefix)/Subaccount/:subauthID/", subaccounts.update)
        router.add("DELETE \(prefix)/Subaccount/:subauthID/", subaccounts.delete)

        router.add("POST \(prefix)/Endpoint/", endpoints.create)
        router.add("GET \(prefix)/Endpoint/", endpoints.list)
        router.add("GET \(prefix)/Endpoint/:endpointID/", endpoints.get)
        router.add("POST \(prefix)/Endpoint/:endpointID/", endpoints.update)
        router.add("DELETE \(prefix)/Endpoint/:endpointID/", endpoints.delete)
    }
}
