/// What the engine records as it goes, for the store to keep: a message's new state, a message that came in, a
/// finished call or recording.
public enum EngineChange: Sendable, Equatable {
    case messageState(MessageStateChange)
    case inboundMessage(InboundMessage)
    /// A call ended: its CDR, and what it cost the main account.
    case callCompleted(CallRecord)
    /// A recording ended (the Record verb, a live recording, a conference's): it is listed from now on.
    case recordingCompleted(RecordingRecord)
}

/// Where an inbound call or message to a number goes: the number's application's URLs and the tokens its
/// callbacks are signed with.
public struct NumberDestination: Sendable, Equatable {
    public var number: String
    public var accountID: String
    public var subaccountID: String?
    public var appID: String?
    public var messageURL: String
    public var messageMethod: String
    /// The application's `log_incoming_messages`: false keeps the text out of the stored message.
    public var logIncomingMessages: Bool
    public var credentials: CallbackCredentials

    public init(
        number: String, accountID: String, subaccountID: String?, appID: String?, messageURL: String,
        messageMethod: String, logIncomingMessages: Bool, credentials: CallbackCredentials
    ) {
        self.number = number
        self.accountID = accountID
        self.subaccountID = subaccountID
        self.appID = appID
        self.messageURL = messageURL
        self.messageMethod = messageMethod
        self.logIncomingMessages = logIncomingMessages
        self.credentials = credentials
    }
}

/// How the engine reaches the database: it hands over what changed once per round of work (one transaction for
/// many messages), and asks where a number's traffic goes.
public protocol EngineStore: Sendable {
    /// Keeps `changes`, in order, all or none. Called on the engine thread.
    func apply(_ changes: [EngineChange])

    /// The application a number any account holds sends its calls and messages to; nil when no account holds it.
    func destination(ofNumber number: String) -> NumberDestination?
}
