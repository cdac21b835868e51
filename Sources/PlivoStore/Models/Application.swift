/// A Plivo Application: the set of URLs Plivo calls when a number or endpoint attached to it gets a call or SMS.
/// Field meanings and defaults: `docs/contract.md`, "The Application object".
package struct Application: Sendable, Equatable {
    /// 17-digit numeric string, unique across the store.
    package var appID: String
    /// The main account (`MA…`) the application lives under.
    package var accountID: String
    /// The subaccount (`SA…`) it belongs to, if any; shown as `sub_account: "/v1/Account/SA…/"`.
    package var subaccountID: String?
    package var appName: String
    package var answerURL: String
    package var answerMethod: String
    package var hangupURL: String
    package var hangupMethod: String
    package var fallbackAnswerURL: String
    package var fallbackMethod: String
    package var messageURL: String
    package var messageMethod: String
    /// `default_number_app`, shown as `default_app`.
    package var defaultNumberApp: Bool
    package var defaultEndpointApp: Bool
    package var enabled: Bool
    package var publicURI: Bool
    package var logIncomingMessages: Bool

    package init(appID: String, accountID: String, subaccountID: String? = nil, appName: String, answerURL: String, answerMethod: String, hangupURL: String, hangupMethod: String, fallbackAnswerURL: String, fallbackMethod: String, messageURL: String, messageMethod: String, defaultNumberApp: Bool, defaultEndpointApp: Bool, enabled: Bool, publicURI: Bool, logIncomingMessages: Bool) {
        self.appID = appID
        self.accountID = accountID
        self.subaccountID = subaccountID
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
    }
}
