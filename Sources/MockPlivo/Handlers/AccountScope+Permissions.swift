import PlivoStore

/// What only a main account may do.
///
/// A subaccount that calls a main-account-only API (the Subaccount calls, modifying the account) authenticated
/// correctly, so a 401 would send its user hunting for a wrong token. Plivo lists 403 among its statuses and the
/// Python SDK maps it to `ForbiddenError`; the mock answers 403 and says why.
extension AccountScope {
    var isSubaccount: Bool { subaccountID != nil }

    func requireMainAccount(toManage resource: String) throws(PlivoError) {
        guard !isSubaccount else {
            throw PlivoError(.forbidden, "a subaccount cannot manage \(resource); use the main account's credentials")
        }
    }
}
