/// A Plivo Application: the set of URLs Plivo calls when a number or endpoint attached to it gets a call or SMS.
/// Field meanings and defaults: `../shared/spec/CONTRACT.md`, "The Application object".
struct Application: Sendable, Equatable {
    /// 17-digit numeric string, unique across the store.
    var appID: String
    /// The main account (`MA…`) the application lives under.
    var accountID: String
    /// The subaccount (`SA…`) it belongs to, if any; shown as `sub_account: "/v1/Account/SA…/"`.
    var subaccountID: String?
    var appName: String
    var answerURL: String
    var answerMethod: String
    var hangupURL: String
    var hangupMethod: String
    var fallbackAnswerURL: String
    var fallbackMethod: String
    var messageURL: String
    var messageMethod: String
    /// `default_number_app`, shown as `default_app`.
    var defaultNumberApp: Bool
    var defaultEndpointApp: Bool
    var enabled: Bool
    var publicURI: Bool
    var logIncomingMessages: Bool
}
