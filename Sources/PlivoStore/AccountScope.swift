/// Who is asking: the authenticated main account, or one of its subaccounts.
///
/// A main account sees its own resources and all its subaccounts'; a subaccount sees only its own.
package struct AccountScope: Sendable, Hashable {
    /// Always the `MA…` id, also when a subaccount authenticated.
    package var mainAccountID: String
    /// The `SA…` id when a subaccount authenticated.
    package var subaccountID: String?

    package init(mainAccountID: String, subaccountID: String? = nil) {
        self.mainAccountID = mainAccountID
        self.subaccountID = subaccountID
    }

    /// The scope of an authenticated account, whichever kind it is.
    package init(account: Account) {
        if let parentID = account.parentID {
            self.init(mainAccountID: parentID, subaccountID: account.authID)
        } else {
            self.init(mainAccountID: account.authID)
        }
    }

    /// The auth id that was authenticated (and appears in resource URIs).
    package var authID: String { subaccountID ?? mainAccountID }

    /// Whether a resource filed under `accountID` and `subaccountID` is visible here: the rule the stores' SELECTs
    /// apply in SQL, for rows answered from memory.
    package func canSee(accountID: String, subaccountID: String?) -> Bool {
        accountID == mainAccountID && (self.subaccountID == nil || self.subaccountID == subaccountID)
    }
}
