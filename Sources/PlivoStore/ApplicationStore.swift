/// Applications, seen through the scope of the account that asks.
package protocol ApplicationStore: Sendable {
    /// Creates an application with a fresh unique app_id. Setting a default flag clears it on the owner's others.
    /// Throws `invalidReference("subaccount")` when `draft.subaccountID` is not a subaccount of the scope.
    func createApplication(_ draft: ApplicationDraft, in scope: AccountScope) throws -> Application

    /// `createApplication`, without waiting for a write another thread is making: the new app_id if this call
    /// wrote it, or a ticket completed with it once the other thread has committed it too (group commit). For
    /// event loops, which must not block. The id alone, which is all a create answers with: the whole application
    /// went through the batch's generic outcome and ticket, a dozen retains and releases at each copy.
    func createApplicationWithoutWaiting(_ draft: ApplicationDraft, in scope: AccountScope) throws
        -> WriteOutcome<String>

    /// The application, or `nil` when it does not exist or the scope cannot see it.
    func application(id appID: String, in scope: AccountScope) throws -> Application?

    /// Changes whenever a stored application may have changed or gone (a create that touches no other row leaves
    /// it), and never takes a value another store in the process has had: what was read about an application
    /// while it held one value is still true while it does.
    var applicationsVersion: UInt64 { get }

    /// A page of the visible applications, newest first. Throws `invalidReference("subaccount")` when
    /// `query.subaccountID` is not a subaccount the scope can see, as the Endpoint list does.
    func listApplications(_ query: ApplicationQuery, in scope: AccountScope) throws -> Page<Application>

    /// Applies `changes` and returns the result. Throws `notFound` or `invalidReference("subaccount")`.
    func updateApplication(id appID: String, changes: ApplicationChanges, in scope: AccountScope) throws
        -> Application

    /// Deletes the application. `cascade` deletes its endpoints; otherwise they move to `newEndpointApplication`
    /// (which must be visible, else `invalidReference("new_endpoint_application")`) or are left without one.
    func deleteApplication(id appID: String, cascade: Bool, newEndpointApplication: String?,
                           in scope: AccountScope) throws
}
