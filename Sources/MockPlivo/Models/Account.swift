/// A Plivo account: the main account (`MA…`, no parent) or one of its subaccounts (`SA…`).
///
/// Plivo shows a subaccount as `{account, auth_id, auth_token, created, enabled, modified, name,
/// new_auth_token, resource_uri}` and a main account as `{account_type, address, auth_id, auto_recharge,
/// billing_mode, cash_credits, city, name, resource_uri, state, timezone}`; the fields here cover both.
struct Account: Sendable, Equatable {
    /// `MA` or `SA` followed by 18 upper-case letters and digits.
    var authID: String
    /// 40 letters and digits; the Basic-auth password.
    var authToken: String
    /// The main account of a subaccount; `nil` for a main account.
    var parentID: String?
    var name: String
    var city: String
    var address: String
    /// Disabled subaccounts cannot authenticate.
    var enabled: Bool
    /// Creation day as Plivo prints it, `"2017-05-22"`.
    var created: String
    /// Day of the last change, `nil` until the first one (Plivo shows `"modified": null`).
    var modified: String?

    var isSubaccount: Bool { parentID != nil }
}
