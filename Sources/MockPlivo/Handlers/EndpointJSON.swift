import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The Endpoint object as Plivo returns it (plivo-python's `endpointGetResponse.json`): keys in alphabetical
/// order, the application as its resource URI, never the password.
///
/// The mock has no SIP registrar, so every endpoint is unregistered: `sip_registered` is the string `"false"`
/// and `sip_contact`, `sip_expires` and `sip_user_agent` are absent, as Plivo shows an unregistered endpoint.
enum EndpointJSON {
    /// Writes `endpoint` as seen by `authID` (which appears in the URIs); `apiID` is added for a GET.
    static func write(_ endpoint: Endpoint, authID: String, apiID: String?, into json: inout JSONWriter) {
        json.object { object in
            object.member("alias", endpoint.alias)
            if let apiID { object.member("api_id", apiID) }
            object.member(
                "application", endpoint.appID.map { ApplicationJSON.resourceURI(authID: authID, appID: $0) })
            object.member("endpoint_id", endpoint.endpointID)
            object.member("resource_uri", resourceURI(authID: authID, endpointID: endpoint.endpointID))
            object.member("sip_registered", "false")
            object.member("sip_uri", "sip:\(endpoint.username)@phone.plivo.com")
            object.member("sub_account", endpoint.subaccountID.map(AccountJSON.resourceURI(authID:)))
            object.member("username", endpoint.username)
        }
    }

    static func resourceURI(authID: String, endpointID: String) -> String {
        "/v1/Account/\(authID)/Endpoint/\(endpointID)/"
    }
}
