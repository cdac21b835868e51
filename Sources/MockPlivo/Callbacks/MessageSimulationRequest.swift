import PlivoStore

/// The inputs of a simulated inbound SMS to an application's `message_url`.
struct MessageSimulationRequest: Sendable {
    var application: Application
    /// Token of the account or subaccount that owns `application`.
    var authToken: String
    /// Token of the main account (the same as `authToken` when the application is not a subaccount's).
    var mainAuthToken: String
    /// The sender's number.
    var from: String
    /// The Plivo number that received the message.
    var to: String
    var text: String
    /// The UUID to use; nil generates one.
    var messageUUID: String?

    init(
        application: Application, authToken: String, mainAuthToken: String, from: String, to: String, text: String,
        messageUUID: String? = nil
    ) {
        self.application = application
        self.authToken = authToken
        self.mainAuthToken = mainAuthToken
        self.from = from
        self.to = to
        self.text = text
        self.messageUUID = messageUUID
    }
}
