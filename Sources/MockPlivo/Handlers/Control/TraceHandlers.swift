import CallEngine
import HTTPServerKit
import PlivoStore
import PlivoSupport

/// `GET /__mock/Account/{auth_id}/Trace/{id}/`: what happened to a message or call, step by step, with every
/// request made to the account's servers. A main account sees its subaccounts' traces; a subaccount its own.
struct TraceHandlers: Sendable {
    let traces: TraceBook
    let ids: IdentifierGenerator

    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard let id = context.parameters["traceID"], let trace = traces.trace(id: id),
              scope.canSee(accountID: trace.accountID, subaccountID: trace.subaccountID)
        else { throw PlivoError.notFound }
        return PlivoResponse.json(.ok) { json in TraceJSON.write(trace, apiID: ids.makeUUID(), into: &json) }
    }
}
