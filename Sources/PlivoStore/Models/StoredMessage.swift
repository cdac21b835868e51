import PlivoCatalog

/// A message as the store keeps it: one destination of a send, or one message received.
///
/// Plivo shows `{error_code, error_message, from_number, message_direction, message_sent_time, message_state,
/// message_time, message_type, message_updated_time, message_uuid, resource_uri, to_number, total_amount,
/// total_rate, units}`.
package struct StoredMessage: Sendable, Equatable {
    package var uuid: String
    package var accountID: String
    package var subaccountID: String?
    /// `outbound` or `inbound`.
    package var direction: String
    /// `queued`, `sent`, `delivered`, `undelivered`, `failed`, `rejected` or `received`.
    package var state: String
    /// `sms` or `mms`.
    package var type: String
    package var from: String
    /// As stored: masked (`141XXXXX528`) when the sender asked for `log=false`.
    package var to: String
    /// As stored: empty when it must not be kept.
    package var text: String
    package var units: Int
    package var totalRate: Money
    package var totalAmount: Money
    /// Plivo's code once the message failed (`"000"` when delivered).
    package var errorCode: String?
    /// Microseconds since the epoch on the engine's clock.
    package var messageTime: Int64
    package var sentTime: Int64?
    package var updatedTime: Int64
    package var powerpackUUID: String?
    package var mediaURLs: [String]

    package init(
        uuid: String, accountID: String, subaccountID: String?, direction: String, state: String, type: String,
        from: String, to: String, text: String, units: Int, totalRate: Money, totalAmount: Money, errorCode: String?,
        messageTime: Int64, sentTime: Int64?, updatedTime: Int64, powerpackUUID: String?, mediaURLs: [String] = []
    ) {
        self.uuid = uuid
        self.accountID = accountID
        self.subaccountID = subaccountID
        self.direction = direction
        self.state = state
        self.type = type
        self.from = from
        self.to = to
        self.text = text
        self.units = units
        self.totalRate = totalRate
        self.totalAmount = totalAmount
        self.errorCode = errorCode
        self.messageTime = messageTime
        self.sentTime = sentTime
        self.updatedTime = updatedTime
        self.powerpackUUID = powerpackUUID
        self.mediaURLs = mediaURLs
    }
}
