import PlivoStore
import PlivoSupport

/// The Application object as Plivo returns it: keys in alphabetical order, `default_number_app` shown as
/// `default_app`, and `log_incoming_messages` under both its documented and its live (singular) key.
enum ApplicationJSON {
    /// Writes `application` as seen by `authID` (which appears in `resource_uri`); `apiID` is added for a GET.
    static func write(_ application: Application, authID: String, apiID: String?, into json: inout JSONWriter) {
        var apiIDOffset = 0
        write(application, authID: authID, apiID: apiID, into: &json, apiIDOffset: &apiIDOffset)
    }

    /// Like ``write(_:authID:apiID:into:)``, also telling where the `api_id` value (its opening quote) starts.
    static func write(
        _ application: Application, authID: String, apiID: String?, into json: inout JSONWriter, apiIDOffset: inout Int
    ) {
        json.object { object in
            object.member("answer_method", application.answerMethod)
            object.member("answer_url", application.answerURL)
            if let apiID {
                object.key("api_id")
                apiIDOffset = object.bytes.count
                object.value(apiID)
            }
            object.member("app_id", application.appID)
            object.member("app_name", application.appName)
            object.member("application_type", "XML")
            object.member("default_app", application.defaultNumberApp)
            object.member("default_endpoint_app", application.defaultEndpointApp)
            object.member("enabled", application.enabled)
            object.member("fallback_answer_url", application.fallbackAnswerURL)
            object.member("fallback_method", application.fallbackMethod)
            object.member("hangup_method", application.hangupMethod)
            object.member("hangup_url", application.hangupURL)
            object.member("log_incoming_message", application.logIncomingMessages)
            object.member("log_incoming_messages", application.logIncomingMessages)
            object.member("message_method", application.messageMethod)
            object.member("message_url", application.messageURL)
            object.member("public_uri", application.publicURI)
            object.member("resource_uri", resourceURI(authID: authID, appID: application.appID))
            object.member("sip_uri", "sip:\(application.appID)@app.plivo.com")
            object.member("sub_account", application.subaccountID.map { "/v1/Account/\($0)/" })
        }
    }

    static func resourceURI(authID: String, appID: String) -> String {
        "/v1/Account/\(authID)/Application/\(appID)/"
    }
}
