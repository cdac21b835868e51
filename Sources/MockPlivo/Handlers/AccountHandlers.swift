import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The Account calls: read and modify the authenticated account itself.
struct AccountHandlers: Sendable {
    let store: any AccountStore & CreditStore
    let ids: IdentifierGenerator

    /// `GET /v1/Account/{auth_id}/` → 200. A main account gets the Account object; a subaccount asking for its own
    /// auth_id gets its Subaccount object, which is all Plivo keeps about one.
    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        if let subaccountID = scope.subaccountID {
            guard let subaccount = try store.subaccount(authID: subaccountID, parentID: scope.mainAccountID) else {
                throw PlivoError.authenticationFailed
            }
            return PlivoResponse.json(.ok) { json in
                SubaccountJSON.write(subaccount, apiID: ids.makeUUID(), into: &json)
            }
        }
        guard let account = try store.account(authID: scope.mainAccountID) else { throw PlivoError.notFound }
        let credits = try store.cashCredits(mainAccountID: scope.mainAccountID)
        return PlivoResponse.json(.ok) { json in
            AccountJSON.write(account, cashCredits: credits, apiID: ids.makeUUID(), into: &json)
        }
    }

    /// `POST /v1/Account/{auth_id}/` → 202 `{"api_id", "message": "changed"}`. `name`, `city` and `address` change
    /// when sent; at least one must be (the Python SDK refuses the call otherwise). Main account only (403).
    func update(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        try scope.requireMainAccount(toManage: "the account's profile")
        let parameters = try RequestParameters.body(of: request)
        let name = try parameters.string("name", maxLength: TextLimits.name)
        let city = try parameters.string("city", maxLength: TextLimits.city)
        let address = try parameters.string("address", maxLength: TextLimits.address)
        guard name != nil || city != nil || address != nil else {
            throw PlivoError(.badRequest, "one of name, city or address is required")
        }
        _ = try store.updateMainAccount(authID: scope.mainAccountID, name: name, city: city, address: address)
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "changed")
    }
}
