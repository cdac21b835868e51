import HTTPServerKit

/// The read-only pages of the resources applications refer to. They are created through the API (or fixtures);
/// the console shows them so a demo can see what an application's delete will cascade to.
extension ConsoleHandlers {
    /// `GET /console/subaccounts/`: the main account's subaccounts, newest first.
    func subaccounts(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard scope.subaccountID == nil else {
            return SubaccountListView(subaccounts: [], scope: scope, totalCount: 0).page().response()
        }
        let page = try store.listSubaccounts(parentID: scope.mainAccountID, page: Self.choiceLimit)
        return SubaccountListView(subaccounts: page.items, scope: scope, totalCount: page.totalCount).page().response()
    }

    /// `GET /console/endpoints/`: the endpoints the signed-in account sees, newest first.
    func endpoints(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let page = try store.listEndpoints(in: scope, page: Self.choiceLimit)
        return EndpointListView(endpoints: page.items, authID: scope.authID, totalCount: page.totalCount)
            .page().response()
    }
}
