import PlivoStore

/// The subaccounts page: one card per subaccount of the signed-in main account with every field as
/// `GET …/Subaccount/{subauth_id}/` returns it (the token included: this is a mock, and a demo needs it to sign in
/// as the subaccount).
struct SubaccountListView {
    var subaccounts: [Account]
    /// The signed-in account; a subaccount (its `subaccountID` set) has no subaccounts of its own.
    var scope: AccountScope
    var totalCount: Int

    func page() -> HTMLPage {
        let content: HTML
        if scope.subaccountID != nil {
            content = "<p>Only a main account has subaccounts; this console is signed in as one.</p>"
        } else {
            let cards = subaccounts.map { subaccount -> HTML in
                APIObjectView.card(
                    id: "subaccount-\(subaccount.authID)",
                    heading: "\(subaccount.name) <small>\(subaccount.authID)</small>",
                    fields: APIObjectView.fields { json in SubaccountJSON.write(subaccount, apiID: nil, into: &json) })
            }
            let summary: HTML =
                totalCount == 0
                ? "<p>No subaccounts. Create one with <code>POST /v1/Account/\(scope.authID)/Subaccount/</code>.</p>"
                : "<p>\(totalCount) subaccount\(totalCount == 1 ? "" : "s")\(totalCount > subaccounts.count ? ", the newest \(subaccounts.count) shown" : "").</p>"
            content = summary + HTML(trusted: cards.map(\.rendered).joined())
        }
        return HTMLPage(title: "Subaccounts", accountID: scope.authID, section: .subaccounts, content: content)
    }
}
