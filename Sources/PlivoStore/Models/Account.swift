/// A Plivo account: the main account (`MA…`, no parent) or one of its subaccounts (`SA…`).
///
/// Plivo shows a subaccount as `{account, auth_id, auth_token, created, enabled, modified, name,
/// new_auth_token, resource_uri}` and a main account as `{account_type, address, auth_id, auto_recharge,
/// billing_mode, cash_credits, city, name, resource_uri, state, timezone}`; the fields here cover both.
package struct Account: Sendable, Equatable {
    /// `MA` or `SA` followed by 18 upper-case letters and digits.
    package var authID: String
    /// 40 letters and digits; the Basic-auth password.
    package var authToken: String
    /// The main account of a subaccount; `nil` for a main account.
    package var parentID: String?
    package var name: String
    package var city: String
    package var address: String
    /// Disabled subaccounts cannot authenticate.
    package var enabled: Bool
    /// Creation day as Plivo prints it, `"2017-05-22"`.
    package var created: String
    /// Day of the last change, `nil` until the first one (Plivo shows `"modified": null`).
    package var modified: String?

    package init(authID: String, authToken: String, parentID: String? = nil, name: String, city: String, address: String, enabled: Bool, created: String, modified: String? = nil) {
        self.authID = authID
        self.authToken = authToken
        self.parentID = parentID
        self.name = name
        self.city = city
        self.address = address
        self.enabled = enabled
        self.created = created
        self.modified = modified
    }

    package var isSubaccount: Bool { parentID != nil }
}
