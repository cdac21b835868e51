import CallEngine
import HTTPServerKit
import PlivoCatalog
import PlivoStore
import PlivoSupport

/// Accounts on demand and resets: what lets each test start from a known state without disturbing the others.
/// Who may call what: ``ControlCaller``.
struct AccountControlHandlers: Sendable {
    let store: any ControlStore
    let plane: ControlPlane
    let engine: EngineComponents

    /// `POST /__mock/reset` (main account only) → 200 `{"message": "reset"}`. Deletes every application,
    /// endpoint and subaccount, clears the journal, the fault rules and the simulation records. Main accounts, minted ones included, and
    /// their credentials stay, so tests holding them can go on.
    func resetAll(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try ControlCaller(context: context, plane: plane).requireAdministrator(to: "reset everything")
        try store.resetAll()
        plane.journal.clear(matching: JournalFilter())
        plane.faults.removeAll()
        plane.simulations.removeAll { _ in true }
        engine.calls.discard(account: nil)
        engine.traces.removeAll { _ in true }
        return PlivoResponse.json(.ok) { json in json.object { $0.member("message", "reset") } }
    }

    /// `POST /__mock/accounts/{auth_id}/reset` (the main account, the account itself, or its parent) → 200
    /// `{"account", "message": "reset"}`: that account's applications, endpoints and subaccounts go, with its
    /// journal entries, fault rules and simulation records.
    func resetAccount(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let authID = try pathAccount(context)
        let caller = try ControlCaller(context: context, plane: plane)
        // A main account may also reset one of its own subaccounts.
        if try store.account(authID: authID)?.parentID != caller.authID { try caller.requireAccess(to: authID) }
        try store.resetAccount(authID: authID)
        plane.journal.clear(matching: JournalFilter(account: authID))
        plane.faults.removeAll(account: authID)
        plane.simulations.removeAll { $0.accountID == authID || $0.subaccountID == authID }
        engine.calls.discard(account: authID)
        engine.traces.removeAll { $0.accountID == authID || $0.subaccountID == authID }
        return PlivoResponse.json(.ok) { json in
            json.object { object in
                object.member("account", authID)
                object.member("message", "reset")
            }
        }
    }

    /// `POST /__mock/accounts` (main account only) with optional `auth_id` (`MA` + 18), `auth_token` and `name`
    /// → 201 `{"auth_id", "auth_token", "created", "message": "created", "name", "resource_uri"}`.
    func create(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try ControlCaller(context: context, plane: plane).requireAdministrator(to: "create accounts")
        let parameters = try RequestParameters.body(of: request)
        let authID = try parameters.nonEmptyString("auth_id")
        if let authID, !AccountIDFormat.isMainAccountID(authID) {
            throw PlivoError.invalid("auth_id", "must be MA followed by 18 upper-case letters or digits")
        }
        let authToken = try parameters.nonEmptyString("auth_token")
        if let authToken, authToken.utf8.count > 128 {
            throw PlivoError.invalid("auth_token", "must be at most 128 characters")
        }
        let name = try parameters.string("name", maxLength: TextLimits.name) ?? ""
        guard let account = try store.createMainAccount(authID: authID, authToken: authToken, name: name) else {
            throw PlivoError.invalid("auth_id", "\(authID ?? "") already exists")
        }
        return PlivoResponse.json(.created) { json in
            json.object { object in
                object.member("auth_id", account.authID)
                object.member("auth_token", account.authToken)
                object.member("created", account.created)
                object.member("message", "created")
                object.member("name", account.name)
                object.member("resource_uri", "/v1/Account/\(account.authID)/")
            }
        }
    }

    /// `DELETE /__mock/accounts/{auth_id}` (the main account, or the account itself) → 204. The account goes with
    /// everything it owns, its journal entries and fault rules. The configured main account cannot be deleted.
    func delete(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let authID = try pathAccount(context)
        try ControlCaller(context: context, plane: plane).requireAccess(to: authID)
        guard authID != plane.mainAccountID else {
            throw PlivoError(.forbidden, "the configured main account cannot be deleted")
        }
        guard AccountIDFormat.isMainAccountID(authID) else {
            throw PlivoError.invalid("auth_id", "must be a main account (MA…); delete subaccounts with the Subaccount API")
        }
        try store.deleteMainAccount(authID: authID)
        plane.journal.clear(matching: JournalFilter(account: authID))
        plane.faults.removeAll(account: authID)
        plane.simulations.removeAll { $0.accountID == authID || $0.subaccountID == authID }
        engine.calls.discard(account: authID)
        engine.traces.removeAll { $0.accountID == authID || $0.subaccountID == authID }
        return PlivoResponse.noContent()
    }

    /// `POST /__mock/accounts/{auth_id}/credit` (the main account, or the account itself) with `cash_credits`, a
    /// decimal amount such as `12.5` → 200 `{"account", "cash_credits"}` in Plivo's five-decimal form. What numbers,
    /// messages and calls then cost comes off it; a purchase it does not cover fails.
    func setCredit(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let authID = try pathAccount(context)
        try ControlCaller(context: context, plane: plane).requireAccess(to: authID)
        guard AccountIDFormat.isMainAccountID(authID) else {
            throw PlivoError.invalid("auth_id", "must be a main account (MA…): subaccounts spend their parent's credit")
        }
        let parameters = try RequestParameters.body(of: request)
        guard let text = try parameters.string("cash_credits") else { throw PlivoError.missing("cash_credits") }
        // Below ten trillion: far from Money's 92 trillion, whose overflow traps, whatever is charged or refunded.
        guard let amount = Money(text), !amount.isNegative, amount < Self.cashCreditsBound else {
            throw PlivoError.invalid(
                "cash_credits", "must be a non-negative amount below 10000000000000 with at most 5 decimals, got \"\(text)\"")
        }
        try store.setCashCredits(amount, mainAccountID: authID)
        return PlivoResponse.json(.ok) { json in
            json.object { object in
                object.member("account", authID)
                object.member("cash_credits", amount.plivoString)
            }
        }
    }

    static let cashCreditsBound = Money(units: 10_000_000_000_000 * Money.unitsPerDollar)

    private func pathAccount(_ context: HTTPRequestContext) throws(PlivoError) -> String {
        guard let authID = context.parameters["authID"] else { throw PlivoError.notFound }
        return authID
    }
}
