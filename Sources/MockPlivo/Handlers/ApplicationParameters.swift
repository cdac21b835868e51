import PlivoStore
import PlivoSupport

/// Reads and validates the parameters of the create and update calls. Every problem is a 400 naming the parameter;
/// nothing reaches the store unless all of it is valid.
enum ApplicationParameters {
    /// `app_name`: letters, digits, `-` and `_` only (Plivo's rule since 2022), at most ``TextLimits/name``.
    static func appName(_ parameters: RequestParameters) throws(PlivoError) -> String? {
        guard let name = try parameters.string("app_name", maxLength: TextLimits.name) else { return nil }
        guard !name.isEmpty else { throw PlivoError.invalid("app_name", "must not be empty") }
        let allowed = name.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): true
            default: false
            }
        }
        guard allowed else {
            throw PlivoError.invalid("app_name", "may contain only letters, digits, '-' and '_'")
        }
        return name
    }

    static func draft(from parameters: RequestParameters) throws(PlivoError) -> ApplicationDraft {
        guard let appName = try appName(parameters) else { throw PlivoError.missing("app_name") }
        guard let answerURL = try parameters.url("answer_url", allowEmpty: false) else {
            throw PlivoError.missing("answer_url")
        }
        var draft = ApplicationDraft(appName: appName, answerURL: answerURL)
        var changes = ApplicationChanges()
        try readSettings(parameters, into: &changes)
        draft.answerMethod = changes.answerMethod ?? draft.answerMethod
        draft.hangupURL = changes.hangupURL.flatMap { $0.isEmpty ? nil : $0 }
        draft.hangupMethod = changes.hangupMethod ?? draft.hangupMethod
        draft.fallbackAnswerURL = changes.fallbackAnswerURL ?? draft.fallbackAnswerURL
        draft.fallbackMethod = changes.fallbackMethod ?? draft.fallbackMethod
        draft.messageURL = changes.messageURL ?? draft.messageURL
        draft.messageMethod = changes.messageMethod ?? draft.messageMethod
        draft.defaultNumberApp = changes.defaultNumberApp ?? draft.defaultNumberApp
        draft.defaultEndpointApp = changes.defaultEndpointApp ?? draft.defaultEndpointApp
        draft.publicURI = changes.publicURI ?? draft.publicURI
        draft.logIncomingMessages = changes.logIncomingMessages ?? draft.logIncomingMessages
        draft.subaccountID = changes.subaccountID
        return draft
    }

    /// Everything an update may change; parameters not sent stay `nil` and leave the stored value alone.
    static func changes(from parameters: RequestParameters) throws(PlivoError) -> ApplicationChanges {
        var changes = ApplicationChanges()
        changes.appName = try appName(parameters)
        changes.answerURL = try parameters.url("answer_url", allowEmpty: false)
        try readSettings(parameters, into: &changes)
        return changes
    }

    /// Every parameter but `app_name` and `answer_url`, which a create requires and reads first.
    private static func readSettings(
        _ parameters: RequestParameters, into changes: inout ApplicationChanges
    ) throws(PlivoError) {
        changes.answerMethod = try parameters.httpMethod("answer_method")
        changes.hangupURL = try parameters.url("hangup_url", allowEmpty: true)
        changes.hangupMethod = try parameters.httpMethod("hangup_method")
        changes.fallbackAnswerURL = try parameters.url("fallback_answer_url", allowEmpty: true)
        changes.fallbackMethod = try parameters.httpMethod("fallback_method")
        changes.messageURL = try parameters.url("message_url", allowEmpty: true)
        changes.messageMethod = try parameters.httpMethod("message_method")
        changes.defaultNumberApp = try parameters.bool("default_number_app")
        changes.defaultEndpointApp = try parameters.bool("default_endpoint_app")
        changes.publicURI = try parameters.bool("public_uri")
        changes.logIncomingMessages = try parameters.bool("log_incoming_messages")
        changes.subaccountID = try parameters.subaccountID()
    }
}
