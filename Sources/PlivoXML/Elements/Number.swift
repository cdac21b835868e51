/// `<Number>` inside `<Dial>`: a phone number to ring.
public struct Number: PlivoElement {
    public static let name = "Number"

    /// E.164 digits, `+` optional.
    public var number: String
    /// Tones sent once the number answers (`w` 0.5 s and `W` 1 s pauses).
    public var sendDigits: String?
    /// Send the tones during early media instead. Default false.
    public var sendOnPreanswer: Bool
    /// How tones are sent, such as `rfc2833`; the set is not published, so any value is kept.
    public var sendDigitsMode: String?
    public var sipHeaders: [NameValuePair]
    /// Node's builder only; overrides Dial's for this number.
    public var callerId: String?
    /// Node's builder only.
    public var callerName: String?

    init(reading element: inout ElementReader) {
        sendDigits = element.tones("sendDigits")
        sendOnPreanswer = element.boolean("sendOnPreanswer", default: false)
        sendDigitsMode = element.string("sendDigitsMode")
        sipHeaders = element.pairs("sipHeaders", alphanumeric: true)
        callerId = element.string("callerId")
        callerName = Dial.readCallerName(&element)
        number = element.requiredText("a phone number")
        if !number.isEmpty, !PhoneNumber.isValid(number) {
            element.report(.invalidText, "text must be a phone number of up to 15 digits, + optional, got \"\(number.clipped())\"")
        }
    }
}
