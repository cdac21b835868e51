/// What the test control plane needs of the store besides ``AccountStore``: main accounts made and removed on
/// demand, and whole-database snapshots.
package protocol ControlStore: AccountStore, CreditStore {
    /// Creates a main account with the given id and token, or generated ones; `nil` when the id is taken.
    func createMainAccount(authID: String?, authToken: String?, name: String) throws -> Account?

    /// Deletes a main account with all its subaccounts, applications and endpoints. Throws `notFound` when
    /// there is no such main account.
    func deleteMainAccount(authID: String) throws

    /// Copies the whole store to a file, consistently.
    func backup(to path: String) throws

    /// Replaces the store's contents with a file written by `backup(to:)`.
    func restore(from path: String) throws
}
