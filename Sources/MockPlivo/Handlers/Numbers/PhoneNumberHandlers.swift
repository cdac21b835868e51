import HTTPServerKit
import PlivoCatalog
import PlivoStore
import PlivoSupport

/// The PhoneNumber calls: searching the numbers for sale and buying one.
struct PhoneNumberHandlers: Sendable {
    let store: any NumberStore
    let ids: IdentifierGenerator

    /// `GET …/PhoneNumber/?country_iso=` → 200 with `meta` and `objects`: the numbers for sale that match, less
    /// those any account holds.
    func search(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = RequestParameters.query(of: request)
        let pagination = try ListPagination(parameters)
        let result = try store.searchNumbers(try PhoneNumberParameters.query(from: parameters, pagination: pagination))
        let page = Page(items: result.numbers, totalCount: result.totalCount, limit: result.limit, offset: result.offset)
        return pagination.response(
            page: page, path: "/v1/Account/\(scope.authID)/PhoneNumber/", request: request, apiID: ids.makeUUID()
        ) { offer, json in
            PhoneNumberJSON.write(offer, authID: scope.authID, into: &json)
        }
    }

    /// `POST …/PhoneNumber/{number}/` → 201 `{"api_id", "message": "created", "numbers": [{"number", "status",
    /// "fallback_number"}], "status": "fulfilled"}` (plivo-python's `phoneNumberCreateResponse.json`). The mock
    /// never substitutes another number, so `fallback_number` is the number bought. Without `app_id` the owner's
    /// default number app is attached.
    func buy(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let number = try NumberHandlers.number(context)
        let parameters = try RequestParameters.body(of: request)
        let bought = try store.buyNumber(
            NumberPurchase(number: number, appID: try parameters.nonEmptyString("app_id")), in: scope)
        return PlivoResponse.json(.created) { json in
            json.object { object in
                object.member("api_id", ids.makeUUID())
                object.member("message", "created")
                object.key("numbers")
                object.array { numbers in
                    numbers.object { item in
                        item.member("fallback_number", bought.number)
                        item.member("number", bought.number)
                        item.member("status", "Success")
                    }
                }
                object.member("status", "fulfilled")
            }
        }
    }
}
