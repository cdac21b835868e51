/// A SIP endpoint: credentials a softphone registers with, optionally attached to an application.
///
/// Plivo shows `{alias, application, endpoint_id, resource_uri, sip_contact?, sip_expires?, sip_registered,
/// sip_uri, sip_user_agent?, sub_account, username}` and never returns the password.
package struct Endpoint: Sendable, Equatable {
    /// Numeric string (14 digits in Plivo's captures, e.g. `"32866729519064"`).
    package var endpointID: String
    /// The main account (`MA…`) the endpoint lives under.
    package var accountID: String
    /// The subaccount (`SA…`) it belongs to, if any; shown as `sub_account`.
    package var subaccountID: String?
    /// The requested username with its creation time appended (UTC `yyMMddHHmmss`), as Plivo does (`"zumba"` → `"zumba131031145958"`).
    /// The SIP URI is `sip:{username}@phone.plivo.com`.
    package var username: String
    /// `PasswordHash` text (salted SHA-256); the clear password is never stored.
    package var passwordHash: String
    package var alias: String
    /// Attached application, shown as `application: "/v1/Account/{auth_id}/Application/{app_id}/"`.
    package var appID: String?

    package init(endpointID: String, accountID: String, subaccountID: String? = nil, username: String, passwordHash: String, alias: String, appID: String? = nil) {
        self.endpointID = endpointID
        self.accountID = accountID
        self.subaccountID = subaccountID
        self.username = username
        self.passwordHash = passwordHash
        self.alias = alias
        self.appID = appID
    }
}
