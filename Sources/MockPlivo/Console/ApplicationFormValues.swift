import PlivoStore

/// What an application form shows: the API parameter names (`answer_url`, `default_number_app`, …) mapped to
/// their text. The form posts under the same names, so a posted form goes through ``ApplicationParameters``
/// exactly like an API call, and on a validation error the values entered are shown again as they were typed.
struct ApplicationFormValues: Sendable, Equatable {
    private(set) var values: [String: String]

    init(_ values: [String: String]) {
        self.values = values
    }

    subscript(name: String) -> String {
        values[name] ?? ""
    }

    /// The create call's defaults (`docs/contract.md`, "The Application object").
    static let defaults = ApplicationFormValues([
        "answer_method": "POST", "hangup_method": "POST", "fallback_method": "POST", "message_method": "POST",
        "default_number_app": "false", "default_endpoint_app": "false", "public_uri": "false",
        "log_incoming_messages": "true",
    ])

    /// A stored application, as its edit form starts.
    init(_ application: Application) {
        values = [
            "app_name": application.appName, "answer_url": application.answerURL,
            "answer_method": application.answerMethod, "hangup_url": application.hangupURL,
            "hangup_method": application.hangupMethod, "fallback_answer_url": application.fallbackAnswerURL,
            "fallback_method": application.fallbackMethod, "message_url": application.messageURL,
            "message_method": application.messageMethod,
            "default_number_app": String(application.defaultNumberApp),
            "default_endpoint_app": String(application.defaultEndpointApp),
            "public_uri": String(application.publicURI),
            "log_incoming_messages": String(application.logIncomingMessages),
            "subaccount": application.subaccountID ?? "",
        ]
    }

    /// A posted form; the first value of a repeated name wins, as for API calls.
    init(form pairs: [(name: String, value: String)]) {
        var values: [String: String] = [:]
        for (name, value) in pairs where values[name] == nil { values[name] = value }
        self.values = values
    }
}

/// One input of the application form, named after the API parameter it sets.
struct ApplicationFormField: Sendable {
    enum Kind: Sendable {
        case text(placeholder: String)
        case method
        case boolean
    }

    let name: String
    let kind: Kind
    let hint: String

    /// Every parameter of the create and update calls but `subaccount`, which is a list of the account's own.
    static let all: [ApplicationFormField] = [
        .init(name: "app_name", kind: .text(placeholder: "my-app"), hint: "required; letters, digits, - and _"),
        .init(name: "answer_url", kind: .text(placeholder: "https://example.com/answer"), hint: "required"),
        .init(name: "answer_method", kind: .method, hint: ""),
        .init(name: "hangup_url", kind: .text(placeholder: "(answer_url)"), hint: "empty: the answer URL"),
        .init(name: "hangup_method", kind: .method, hint: ""),
        .init(name: "fallback_answer_url", kind: .text(placeholder: ""), hint: "optional"),
        .init(name: "fallback_method", kind: .method, hint: ""),
        .init(name: "message_url", kind: .text(placeholder: ""), hint: "optional"),
        .init(name: "message_method", kind: .method, hint: ""),
        .init(name: "default_number_app", kind: .boolean, hint: "clears it on the account's other applications"),
        .init(name: "default_endpoint_app", kind: .boolean, hint: "clears it on the account's other applications"),
        .init(name: "public_uri", kind: .boolean, hint: ""),
        .init(name: "log_incoming_messages", kind: .boolean, hint: ""),
    ]
}
