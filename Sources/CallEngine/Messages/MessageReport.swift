/// The parameters of a message status report (the `url` of a send), as Plivo's messaging docs list them:
/// `To`, `From`, `Status`, `MessageUUID`, `ParentMessageUUID`, `PartInfo`, `Sequence`, `Units`, `TotalRate`,
/// `TotalAmount`, `MCC`, `MNC`, `ErrorCode` (once it failed), `Type`, `MessageTime`, `QueuedTime`, `SentTime`,
/// `DeliveryReportTime`, `PowerpackUUID`.
///
/// A long SMS is reported part by part: each part has its own `MessageUUID`, the first part's is the message's,
/// and every part carries the message's as `ParentMessageUUID`, with `PartInfo` "2 of 3".
enum MessageReport {
    static func parameters(
        for message: OutboundMessage, part: Int, state: MessageState, errorCode: MessageErrorCode?,
        sentTime: SimulatedTime?, time: SimulatedTime
    ) -> [String: String] {
        var parameters = [
            "To": message.to,
            "From": message.from,
            "Status": state.rawValue,
            "MessageUUID": partUUID(of: message.uuid, part: part),
            "ParentMessageUUID": message.uuid,
            "PartInfo": "\(part) of \(message.units)",
            "Sequence": String(part),
            "Units": String(message.units),
            "TotalRate": message.rate.plivoString,
            "TotalAmount": message.amount.plivoString,
            "MCC": message.mcc,
            "MNC": message.mnc,
            "Type": message.type,
            "MessageTime": message.queuedAt.plivoText,
            "QueuedTime": message.queuedAt.plivoText,
            "PowerpackUUID": message.powerpackUUID ?? "",
        ]
        if let sentTime { parameters["SentTime"] = sentTime.plivoText }
        if state.isFinal { parameters["DeliveryReportTime"] = time.plivoText }
        if let errorCode, state != .delivered { parameters["ErrorCode"] = errorCode.code }
        return parameters
    }

    /// Part `n`'s UUID: the message's for the first part, then the message's with its last group counted on, so
    /// the parts of one message are told apart the same way in every run.
    static func partUUID(of uuid: String, part: Int) -> String {
        guard part > 1, let dash = uuid.lastIndex(of: "-"),
              let last = UInt64(uuid[uuid.index(after: dash)...], radix: 16)
        else { return uuid }
        let value = (last + UInt64(part - 1)) & 0xFFFF_FFFF_FFFF
        let hex = String(value, radix: 16)
        return uuid[...dash] + String(repeating: "0", count: 12 - hex.count) + hex
    }
}
