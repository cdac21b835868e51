/// How a call's `<Message>` sends its SMS: through the same code as `POST …/Message/` (validation, pricing,
/// debit, reports), which lives above the engine. Never blocks: `completion` runs once the messages are
/// stored, on whatever thread stored them.
public protocol CallMessagingPort: Sendable {
    /// Sends `text` from `source` to each destination for the call's owner; the message UUIDs, or why the send
    /// was refused, in the words the API would use.
    func send(
        text: String, from source: String, to destinations: [String], statusURL: CallURL?,
        accountID: String, subaccountID: String?,
        completion: @escaping @Sendable (Result<[String], CallMessagingError>) -> Void)
}

public struct CallMessagingError: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
