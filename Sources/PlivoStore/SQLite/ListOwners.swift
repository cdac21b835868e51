/// Whose rows a list reads: the asking scope, narrowed to one subaccount when the list's `subaccount` filter names
/// one. Every list of owned rows starts from this (through ``SQLFilter/init(owners:columnPrefix:)``), so the
/// visibility rule and the key of the owner's count in `row_counts` are decided in one place.
struct ListOwners {
    let mainAccountID: String
    /// The one subaccount whose rows are read; nil for the main account's own rows and all its subaccounts'.
    let subaccountID: String?
    /// A subaccount asked for another subaccount's rows: it sees none of them.
    let seesNothing: Bool

    /// `subaccountFilter` is the list's `subaccount` parameter, as given or as the store resolved it.
    init(scope: AccountScope, subaccountFilter: String?) {
        mainAccountID = scope.mainAccountID
        subaccountID = scope.subaccountID ?? subaccountFilter
        seesNothing = scope.subaccountID != nil && subaccountFilter != nil && subaccountFilter != scope.subaccountID
    }
}
