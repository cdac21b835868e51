/// A validated request to create an application; defaults are those of Plivo's create call.
package struct ApplicationDraft: Sendable, Equatable {
    package var appName: String
    package var answerURL: String
    package var answerMethod: String = "POST"
    /// `nil` means "same as answer_url", Plivo's default.
    package var hangupURL: String?
    package var hangupMethod: String = "POST"
    package var fallbackAnswerURL: String = ""
    package var fallbackMethod: String = "POST"
    package var messageURL: String = ""
    package var messageMethod: String = "POST"
    package var defaultNumberApp: Bool = false
    package var defaultEndpointApp: Bool = false
    package var publicURI: Bool = false
    package var logIncomingMessages: Bool = true
    /// Owning subaccount; must belong to the asking account. A subaccount's own apps get it implicitly.
    package var subaccountID: String?

    package init(appName: String, answerURL: String, answerMethod: String = "POST", hangupURL: String? = nil, hangupMethod: String = "POST", fallbackAnswerURL: String = "", fallbackMethod: String = "POST", messageURL: String = "", messageMethod: String = "POST", defaultNumberApp: Bool = false, defaultEndpointApp: Bool = false, publicURI: Bool = false, logIncomingMessages: Bool = true, subaccountID: String? = nil) {
        self.appName = appName
        self.answerURL = answerURL
        self.answerMethod = answerMethod
        self.hangupURL = hangupURL
        self.hangupMethod = hangupMethod
        self.fallbackAnswerURL = fallbackAnswerURL
        self.fallbackMethod = fallbackMethod
        self.messageURL = messageURL
        self.messageMethod = messageMethod
        self.defaultNumberApp = defaultNumberApp
        self.defaultEndpointApp = defaultEndpointApp
        self.publicURI = publicURI
        self.logIncomingMessages = logIncomingMessages
        self.subaccountID = subaccountID
    }
}

/// A partial update: only non-`nil` fields change.
package struct ApplicationChanges: Sendable, Equatable {
    package var appName: String?
    package var answerURL: String?
    package var answerMethod: String?
    package var hangupURL: String?
    package var hangupMethod: String?
    package var fallbackAnswerURL: String?
    package var fallbackMethod: String?
    package var messageURL: String?
    package var messageMethod: String?
    package var defaultNumberApp: Bool?
    package var defaultEndpointApp: Bool?
    package var enabled: Bool?
    package var publicURI: Bool?
    package var logIncomingMessages: Bool?
    /// Moves the application to this subaccount of the asking account.
    package var subaccountID: String?

    package init(appName: String? = nil, answerURL: String? = nil, answerMethod: String? = nil, hangupURL: String? = nil, hangupMethod: String? = nil, fallbackAnswerURL: String? = nil, fallbackMethod: String? = nil, messageURL: String? = nil, messageMethod: String? = nil, defaultNumberApp: Bool? = nil, defaultEndpointApp: Bool? = nil, enabled: Bool? = nil, publicURI: Bool? = nil, logIncomingMessages: Bool? = nil, subaccountID: String? = nil) {
        self.appName = appName
        self.answerURL = answerURL
        self.answerMethod = answerMethod
        self.hangupURL = hangupURL
        self.hangupMethod = hangupMethod
        self.fallbackAnswerURL = fallbackAnswerURL
        self.fallbackMethod = fallbackMethod
        self.messageURL = messageURL
        self.messageMethod = messageMethod
        self.defaultNumberApp = defaultNumberApp
        self.defaultEndpointApp = defaultEndpointApp
        self.enabled = enabled
        self.publicURI = publicURI
        self.logIncomingMessages = logIncomingMessages
        self.subaccountID = subaccountID
    }
}

/// Filters of the application list.
package struct ApplicationQuery: Sendable, Equatable {
    /// Only this subaccount's applications (exact match).
    package var subaccountID: String?
    /// Only names starting with this text (case-sensitive, no wildcards).
    package var appNamePrefix: String?

    package var page = PageRequest()

    package init(subaccountID: String? = nil, appNamePrefix: String? = nil, page: PageRequest = PageRequest()) {
        self.subaccountID = subaccountID
        self.appNamePrefix = appNamePrefix
        self.page = page
    }
}
