import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The Number calls: the numbers an account holds. A subaccount sees and changes only its own; a main account
/// sees its subaccounts' too, and may move a number to one of them.
struct NumberHandlers: Sendable {
    let store: any NumberStore
    let ids: IdentifierGenerator

    /// `GET …/Number/` → 200 with `meta` and `objects`, newest first, filtered by `type`, `number_startswith`,
    /// `subaccount`, `alias` and `services`.
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = RequestParameters.query(of: request)
        let pagination = try ListPagination(parameters)
        let page = try store.listNumbers(
            try NumberParameters.query(from: parameters, page: pagination.pageRequest), in: scope)
        return pagination.response(
            page: page, path: "/v1/Account/\(scope.authID)/Number/", request: request, apiID: ids.makeUUID()
        ) { number, json in
            NumberJSON.write(number, authID: scope.authID, apiID: nil, into: &json)
        }
    }

    /// `GET …/Number/{number}/` → 200, the object plus `api_id`.
    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard let number = try store.number(try Self.number(context), in: scope) else { throw PlivoError.notFound }
        return PlivoResponse.json(.ok) { json in
            NumberJSON.write(number, authID: scope.authID, apiID: ids.makeUUID(), into: &json)
        }
    }

    /// `POST …/Number/` (numbers from the account's own incoming carrier) → 202 `{"api_id", "message": "changed"}`,
    /// as plivo-python's `numberCreateResponse.json` shows.
    func addFromCarrier(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let numbers = try NumberParameters.carrierNumbers(from: RequestParameters.body(of: request))
        _ = try store.addCarrierNumbers(numbers, in: scope)
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "changed")
    }

    /// `POST …/Number/{number}/` → 202 `{"api_id", "message": "changed"}`: `app_id` (null or "" unlinks),
    /// `subaccount`, `alias`.
    func update(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let changes = try NumberParameters.changes(from: RequestParameters.body(of: request))
        _ = try store.updateNumber(try Self.number(context), changes: changes, in: scope)
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "changed")
    }

    /// `DELETE …/Number/{number}/` → 204: the number is unrented, and for sale again if Plivo sold it.
    func delete(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        try store.deleteNumber(try Self.number(context), in: scope)
        return PlivoResponse.noContent()
    }

    /// The path's number, its `+` dropped; anything that is not a number is not found.
    static func number(_ context: HTTPRequestContext) throws(PlivoError) -> String {
        guard let text = context.parameters["number"], NumberParameters.isE164Digits(text) else {
            throw PlivoError.notFound
        }
        return text.hasPrefix("+") ? String(text.dropFirst()) : text
    }
}
