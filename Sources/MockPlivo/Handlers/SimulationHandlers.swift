import HTTPServerKit
import OutboundHTTP
import PlivoStore
import PlivoSupport

/// Simulated inbound calls and messages, and their records. A call runs on the call engine and a message
/// simulation blocks on the user's server, so the handlers validate on the event loop (400 and 404 at once),
/// then answer with a deferred response completed when the simulation has finished: the event loop never waits.
struct SimulationHandlers: Sendable {
    let store: any MockPlivoStore
    let ids: IdentifierGenerator
    let calls: CallSimulator
    let messages: MessageSimulator

    /// Records go to `log`; calls run on `engine`, message callbacks go out through `sender` (`CallbackClient`
    /// with its default bounds unless told).
    init(
        store: any MockPlivoStore, ids: IdentifierGenerator, log: SimulationLog, engine: EngineComponents,
        sender: CallbackSender = CallbackSender(transport: CallbackClient())
    ) {
        self.store = store
        self.ids = ids
        calls = CallSimulator(engine: engine, log: log)
        messages = MessageSimulator(sender: sender, log: log)
    }

    var log: SimulationLog { calls.log }

    /// `POST /__mock/Account/{auth_id}/Application/{app_id}/Call/` → 201, the ``SimulationRecord``.
    func callApplication(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let start = try prepareCall(
            appID: parameter("appID", context), parameters: RequestParameters.body(of: request), in: scope)
        return deferredRecord(authID: scope.authID, start)
    }

    /// `POST /__mock/Account/{auth_id}/Endpoint/{endpoint_id}/Call/` → 201: a call to the endpoint's SIP URI,
    /// answered by the application attached to it; 400 when none is.
    func callEndpoint(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let endpointID = try parameter("endpointID", context)
        guard let endpoint = try store.endpoint(id: endpointID, in: scope) else { throw PlivoError.notFound }
        guard let appID = endpoint.appID else {
            throw PlivoError(.badRequest, "endpoint \(endpointID) has no application attached")
        }
        let application = try application(id: appID, in: scope)
        let call = try SimulationParameters.call(
            RequestParameters.body(of: request), application: application, tokens: tokens(for: application),
            callUUID: ids.makeUUID(), defaultTo: "sip:\(endpoint.username)@phone.plivo.com")
        return deferredRecord(authID: scope.authID) { [calls] in calls.simulateCall(call, completion: $0) }
    }

    /// `POST /__mock/Account/{auth_id}/Number/{number}/Call/` → 201: a call to a number the account holds, answered
    /// by the number's application; 400 when it has none. `to` defaults to the number.
    func callNumber(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let (number, application) = try numberApplication(context, in: scope)
        let call = try SimulationParameters.call(
            RequestParameters.body(of: request), application: application, tokens: tokens(for: application),
            callUUID: ids.makeUUID(), defaultTo: number)
        return deferredRecord(authID: scope.authID) { [calls] in calls.simulateCall(call, completion: $0) }
    }

    /// `POST /__mock/Account/{auth_id}/Number/{number}/Message/` → 201: an SMS to a number the account holds,
    /// delivered to its application's `message_url`; 400 when it has no application. `to` defaults to the number.
    func messageNumber(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let (number, application) = try numberApplication(context, in: scope)
        let message = try SimulationParameters.message(
            RequestParameters.body(of: request), application: application, tokens: tokens(for: application),
            messageUUID: ids.makeUUID(), defaultTo: number)
        return deferredRecord(authID: scope.authID) { [messages] in messages.simulateMessage(message, completion: $0) }
    }

    /// `POST /__mock/Account/{auth_id}/Application/{app_id}/Message/` → 201, the ``SimulationRecord``.
    func messageApplication(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let start = try prepareMessage(
            appID: parameter("appID", context), parameters: RequestParameters.body(of: request), in: scope)
        return deferredRecord(authID: scope.authID, start)
    }

    /// `GET /__mock/Account/{auth_id}/Simulations/` → 200 with `meta` and `objects`, newest first; filtered by
    /// `kind` (`call` or `message`) and `app_id`.
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = RequestParameters.query(of: request)
        let pagination = try ListPagination(parameters)
        let appID = try parameters.nonEmptyString("app_id")
        var kind: SimulationRecord.Kind?
        if let text = try parameters.string("kind"), !text.isEmpty {
            guard let parsed = SimulationRecord.Kind(rawValue: text) else {
                throw PlivoError.invalid("kind", "must be call or message")
            }
            kind = parsed
        }
        let records = records(visibleTo: scope, appID: appID, kind: kind)
        let page = Page(
            items: Array(records.dropFirst(pagination.offset).prefix(pagination.limit)), totalCount: records.count,
            limit: pagination.limit, offset: pagination.offset)
        return pagination.response(
            page: page, path: "/__mock/Account/\(scope.authID)/Simulations/", request: request, apiID: ids.makeUUID()
        ) { record, json in
            SimulationJSON.write(record, authID: scope.authID, apiID: nil, into: &json)
        }
    }

    /// `GET /__mock/Account/{auth_id}/Simulations/{id}/` → 200, one record; 404 once evicted from the log, or
    /// when another account made it.
    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard let record = record(id: try parameter("simulationID", context), visibleTo: scope) else {
            throw PlivoError.notFound
        }
        return PlivoResponse.json(.ok) { json in
            SimulationJSON.write(record, authID: scope.authID, apiID: ids.makeUUID(), into: &json)
        }
    }
}

extension SimulationHandlers {
    private func parameter(_ name: String, _ context: HTTPRequestContext) throws(PlivoError) -> String {
        guard let value = context.parameters[name] else { throw PlivoError.notFound }
        return value
    }

    /// The path's number, which the scope must hold, and its application.
    private func numberApplication(_ context: HTTPRequestContext, in scope: AccountScope) throws
        -> (number: String, application: Application) {
        let number = try NumberHandlers.number(context)
        guard let held = try store.number(number, in: scope) else { throw PlivoError.notFound }
        guard let appID = held.appID else {
            throw PlivoError(.badRequest, "number \(number) has no application; attach one with POST …/Number/\(number)/ app_id")
        }
        return (number, try application(id: appID, in: scope))
    }

    func application(id appID: String, in scope: AccountScope) throws -> Application {
        guard let application = try store.application(id: appID, in: scope) else { throw PlivoError.notFound }
        return application
    }

    /// The owner's token signs the plain headers and the main account's the `-Ma-` ones, whoever asked: a main
    /// account simulating a call to its subaccount's application gets what that subaccount's server would get.
    func tokens(for application: Application) throws -> SimulationParameters.Tokens {
        guard let main = try store.account(authID: application.accountID) else {
            throw StoreError.storage("application \(application.appID) has no account \(application.accountID)")
        }
        guard let subaccountID = application.subaccountID else {
            return SimulationParameters.Tokens(authToken: main.authToken, mainAuthToken: main.authToken)
        }
        guard let owner = try store.account(authID: subaccountID) else {
            throw StoreError.storage("application \(application.appID) has no subaccount \(subaccountID)")
        }
        return SimulationParameters.Tokens(authToken: owner.authToken, mainAuthToken: main.authToken)
    }

    /// A response completed when `start`'s simulation finishes: 201 with the record, or (should validation and
    /// the simulator ever disagree) the failure, which the error middleware renders as a 400.
    private func deferredRecord(
        authID: String,
        _ start: @escaping SimulationStart
    ) -> HTTPResponse {
        let ids = ids
        return .deferred { promise in
            start { result in
                switch result {
                case .success(let record):
                    promise.succeed(
                        PlivoResponse.json(.created) { json in
                            SimulationJSON.write(record, authID: authID, apiID: ids.makeUUID(), into: &json)
                        })
                case .failure(let error):
                    promise.fail(PlivoError(error))
                }
            }
        }
    }
}

extension AccountScope {
    /// The applications' visibility rule applied to records: a main account sees those made on its own and its
    /// subaccounts' applications, a subaccount only those made on its own.
    func canSee(_ record: SimulationRecord) -> Bool {
        record.accountID == mainAccountID && (subaccountID == nil || record.subaccountID == subaccountID)
    }
}
