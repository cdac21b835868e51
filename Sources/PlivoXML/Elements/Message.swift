/// `<Message>`: sends an SMS from the call flow without waiting for it.
public struct Message: VerbElement {
    public static let name = "Message"

    public enum MessageType: String, Sendable, Equatable, CaseIterable, AttributeChoice {
        case sms
    }

    /// The sender: a number (or sender ID) of the account. Required.
    public var source: String
    /// The recipients; the attribute separates several with `<` (written `&lt;`). Required.
    public var destinations: [String]
    /// Default sms, the only type.
    public var type: MessageType
    public var callbackURL: String?
    /// Default POST.
    public var callbackMethod: RequestMethod
    /// The message body.
    public var text: String

    init(reading element: inout ElementReader) {
        source = element.requiredString("src")
        let destination = element.attribute("dst")
        let list = element.requiredString("dst")
        destinations = list.isEmpty ? [] : list.split(separator: "<", omittingEmptySubsequences: false).map(\.trimmed)
        if let destination, !destinations.allSatisfy(PhoneNumber.isValid) {
            element.invalid(destination, mustBe: "phone numbers separated by <")
        }
        type = element.choice("type", default: .sms)
        callbackURL = element.url("callbackUrl")
        callbackMethod = element.method("callbackMethod")
        text = element.requiredText("the message text")
    }

    var verb: PlivoVerb { .message(self) }
}
