import HTTPServerKit

/// Who makes a control call, and what that allows.
///
/// The configured main account (`PLIVO_AUTH_ID`, or the demo account) is the administrator: it may reset
/// everything, mint and delete accounts, take and restore snapshots, and read or change any account's journal
/// entries and fault rules. Any other account (a minted one, or a subaccount) may reset, journal-read and
/// fault-inject only for itself, so parallel tests that each own an account cannot disturb one another.
struct ControlCaller: Sendable, Equatable {
    let authID: String
    let isAdministrator: Bool

    init(context: HTTPRequestContext, plane: ControlPlane) throws(PlivoError) {
        authID = try context.requireScope().authID
        isAdministrator = authID == plane.mainAccountID
    }

    /// Throws 403 unless the caller is the configured main account; `action` completes "only … may ___".
    func requireAdministrator(to action: String) throws(PlivoError) {
        guard isAdministrator else {
            throw PlivoError(.forbidden, "only the configured main account may \(action)")
        }
    }

    /// Throws 403 unless the caller is the administrator or `account` itself.
    func requireAccess(to account: String) throws(PlivoError) {
        guard isAdministrator || account == authID else {
            throw PlivoError(.forbidden, "\(authID) may not act on account \(account)")
        }
    }

    /// The account a journal or fault call is limited to: what was asked for (any, for the administrator),
    /// otherwise the caller's own account.
    func scope(requested: String?) throws(PlivoError) -> String? {
        if isAdministrator { return requested }
        if let requested { try requireAccess(to: requested) }
        return authID
    }
}
