import PlivoStore
import PlivoSupport

/// The Subaccount object as Plivo returns it (plivo-python's `subaccountGetResponse.json`): keys in alphabetical
/// order, the parent as `account`, the token under `auth_token` and again under `new_auth_token`.
enum SubaccountJSON {
    /// Writes `subaccount`; `apiID` is added for a GET, left out inside a list.
    static func write(_ subaccount: Account, apiID: String?, into json: inout JSONWriter) {
        let parentID = subaccount.parentID ?? ""
        json.object { object in
            object.member("account", AccountJSON.resourceURI(authID: parentID))
            if let apiID { object.member("api_id", apiID) }
            object.member("auth_id", subaccount.authID)
            object.member("auth_token", subaccount.authToken)
            object.member("created", subaccount.created)
            object.member("enabled", subaccount.enabled)
            object.member("modified", subaccount.modified)
            object.member("name", subaccount.name)
            object.member("new_auth_token", subaccount.authToken)
            object.member("resource_uri", resourceURI(parentID: parentID, authID: subaccount.authID))
        }
    }

    static func resourceURI(parentID: String, authID: String) -> String {
        "/v1/Account/\(parentID)/Subaccount/\(authID)/"
    }
}
