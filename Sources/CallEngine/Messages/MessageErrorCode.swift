/// Plivo's published SMS error codes (messaging troubleshooting guide, "Message error codes"): what a failed,
/// undelivered or rejected message carries as `error_code`/`ErrorCode`, with the guide's wording as
/// `error_message`.
public struct MessageErrorCode: Sendable, Hashable {
    public let code: String
    public let message: String

    public static let all: [MessageErrorCode] = [
        .init(code: "10", message: "Invalid Message"),
        .init(code: "20", message: "Network Error"),
        .init(code: "30", message: "Spam Detected"),
        .init(code: "40", message: "Invalid Source Number"),
        .init(code: "50", message: "Invalid Destination Number"),
        .init(code: "60", message: "Loop Detected"),
        .init(code: "70", message: "Destination Permanently Unavailable"),
        .init(code: "80", message: "Destination Temporarily Unavailable"),
        .init(code: "90", message: "No Route Available"),
        .init(code: "100", message: "Prohibited by Carrier"),
        .init(code: "110", message: "Message Too Long"),
        .init(code: "200", message: "Source Number Blocked by STOP from Destination Number"),
        .init(code: "300", message: "Failed to Dispatch Message"),
        .init(code: "420", message: "Message Expired"),
        .init(code: "900", message: "Insufficient Credit"),
        .init(code: "910", message: "Account Disabled"),
        .init(code: "1000", message: "Unknown Error"),
    ]

    /// What a delivered message shows: `error_code` "000" and an empty `error_message` (plivo-python's list fixture).
    public static let delivered = MessageErrorCode(code: "000", message: "")

    public static func withCode(_ code: String) -> MessageErrorCode? {
        all.first { $0.code == code }
    }
}
