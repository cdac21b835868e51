/// Main accounts, their subaccounts, and the credential lookup authentication runs on every request.
package protocol AccountStore: Sendable {
    /// The account (main or sub) with this auth id, token and enabled flag included; `nil` if unknown.
    func account(authID: String) throws -> Account?

    /// Changes whenever any account's token, enabled flag or existence may have changed, and never takes a value
    /// another store in the process has had: credentials checked while it read one value stay good while it does.
    var credentialsVersion: UInt64 { get }

    /// Creates the main account if absent; if present, the given token replaces the stored one (start-up wins).
    func ensureMainAccount(authID: String, authToken: String) throws -> Account

    /// Changes the main account's profile; `nil` fields stay. Throws `notFound`.
    func updateMainAccount(authID: String, name: String?, city: String?, address: String?) throws -> Account

    /// Creates a subaccount with a generated `SA…` id and token.
    func createSubaccount(parentID: String, name: String, enabled: Bool) throws -> Account

    /// The subaccount, or `nil` if it does not exist under `parentID`.
    func subaccount(authID: String, parentID: String) throws -> Account?

    /// A page of `parentID`'s subaccounts, newest first.
    func listSubaccounts(parentID: String, page: PageRequest) throws -> Page<Account>

    /// Changes name and/or enabled. Throws `notFound`.
    func updateSubaccount(authID: String, parentID: String, name: String?, enabled: Bool?) throws -> Account

    /// Deletes the subaccount. Its applications and endpoints are deleted with `cascade`, otherwise they move to
    /// the main account. Throws `notFound`.
    func deleteSubaccount(authID: String, parentID: String, cascade: Bool) throws

    /// Deletes every application, endpoint and subaccount of `authID` (a main account or a subaccount);
    /// the account itself and its credentials stay, so the caller can go on using them.
    func resetAccount(authID: String) throws

    /// Deletes all applications, endpoints and subaccounts; main accounts and their credentials stay.
    func resetAll() throws
}
