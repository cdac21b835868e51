/// A validated request to create an application; defaults are those of Plivo's create call.
struct ApplicationDraft: Sendable, Equatable {
    var appName: String
    var answerURL: String
    var answerMethod: String = "POST"
    /// `nil` means "same as answer_url", Plivo's default.
    var hangupURL: String?
    var hangupMethod: String = "POST"
    var fallbackAnswerURL: String = ""
    var fallbackMethod: String = "POST"
    var messageURL: String = ""
    var messageMethod: String = "POST"
    var defaultNumberApp: Bool = false
    var defaultEndpointApp: Bool = false
    var publicURI: Bool = false
    var logIncomingMessages: Bool = true
    /// Owning subaccount; must belong to the asking account. A subaccount's own apps get it implicitly.
    var subaccountID: String?
}

/// A partial update: only non-`nil` fields change.
struct ApplicationChanges: Sendable, Equatable {
    var appName: String?
    var answerURL: String?
    var answerMethod: String?
    var hangupURL: String?
    var hangupMethod: String?
    var fallbackAnswerURL: String?
    var fallbackMethod: String?
    var messageURL: String?
    var messageMethod: String?
    var defaultNumberApp: Bool?
    var defaultEndpointApp: Bool?
    var enabled: Bool?
    var publicURI: Bool?
    var logIncomingMessages: Bool?
    /// Moves the application to this subaccount of the asking account.
    var subaccountID: String?
}

/// Filters of the application list.
struct ApplicationQuery: Sendable, Equatable {
    /// Only this subaccount's applications (exact match).
    var subaccountID: String?
    /// Only names starting with this text (case-sensitive, no wildcards).
    var appNamePrefix: String?
    var page = PageRequest()
}
