/// `<User>` inside `<Dial>`: a SIP endpoint to ring.
public struct User: PlivoElement {
    public static let name = "User"

    static let passwordLength = 8...128

    /// `sip:user@host`.
    public var uri: String
    /// Tones sent once the endpoint answers.
    public var sendDigits: String?
    /// Default false.
    public var sendOnPreanswer: Bool
    public var sipHeaders: [NameValuePair]
    /// Credentials for an endpoint that challenges; both or neither (Plivo's agent guide).
    public var sipAuthUsername: String?
    /// 8–128 characters.
    public var sipAuthPassword: String?
    /// Node's builder only.
    public var callerId: String?
    /// Node's builder only.
    public var callerName: String?

    init(reading element: inout ElementReader) {
        sendDigits = element.tones("sendDigits")
        sendOnPreanswer = element.boolean("sendOnPreanswer", default: false)
        sipHeaders = element.pairs("sipHeaders", alphanumeric: true)
        sipAuthUsername = element.string("sipAuthUsername")
        sipAuthPassword = element.string("sipAuthPassword")
        callerId = element.string("callerId")
        callerName = Dial.readCallerName(&element)
        uri = element.requiredText("a SIP URI such as sip:alice@phone.plivo.com")
        if !uri.isEmpty, !Self.isSIPURI(uri) {
            element.report(.invalidText, "text must be a SIP URI such as sip:alice@phone.plivo.com, got \"\(uri.clipped())\"")
        }
        checkCredentials(in: &element)
    }

    /// `sip:` then a user, `@` and a host, without whitespace.
    static func isSIPURI(_ text: String) -> Bool {
        guard text.lowercased().hasPrefix("sip:") else { return false }
        let address = text.dropFirst(4)
        guard let at = address.firstIndex(of: "@") else { return false }
        return at != address.startIndex && address.index(after: at) != address.endIndex
            && !address.contains(where: \.isWhitespace)
    }

    private mutating func checkCredentials(in element: inout ElementReader) {
        if let password = sipAuthPassword, !Self.passwordLength.contains(password.count), let attribute = element.attribute("sipAuthPassword") {
            element.invalid(attribute, mustBe: "8 to 128 characters")
        }
        if (sipAuthUsername == nil) != (sipAuthPassword == nil) {
            let given = sipAuthUsername == nil ? "sipAuthPassword" : "sipAuthUsername"
            element.report(.conflictingAttributes, "sipAuthUsername and sipAuthPassword go together, got only \(given)",
                           attribute: element.element.attribute(given))
        }
    }
}
