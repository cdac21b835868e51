import PlivoCatalog
import PlivoStore
import PlivoSupport

/// The main Account object as Plivo returns it (docs "The Account object", plivo-python's
/// `accountGetResponse.json`): keys in alphabetical order.
///
/// `cash_credits` is the balance numbers, messages and calls are paid from (100.00000 to start with; set it with
/// `POST /__mock/accounts/{auth_id}/credit`). `account_type`, `auto_recharge`, `billing_mode`, `state` and
/// `timezone` are fixed values of the shapes SDKs parse (Java maps the first and third to enums).
enum AccountJSON {
    static let accountType = "standard"
    static let billingMode = "prepaid"
    static let timezone = "UTC"

    static func write(_ account: Account, cashCredits: Money, apiID: String?, into json: inout JSONWriter) {
        json.object { object in
            object.member("account_type", accountType)
            object.member("address", account.address)
            if let apiID { object.member("api_id", apiID) }
            object.member("auth_id", account.authID)
            object.member("auto_recharge", false)
            object.member("billing_mode", billingMode)
            object.member("cash_credits", cashCredits.plivoString)
            object.member("city", account.city)
            object.member("name", account.name)
            object.member("resource_uri", resourceURI(authID: account.authID))
            object.member("state", "")
            object.member("timezone", timezone)
        }
    }

    /// `/v1/Account/{auth_id}/`, also how applications and endpoints name their subaccount.
    static func resourceURI(authID: String) -> String {
        "/v1/Account/\(authID)/"
    }
}
