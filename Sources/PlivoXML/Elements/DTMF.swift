/// `<DTMF>`: sends keypad tones on the call.
public struct DTMF: VerbElement {
    public static let name = "DTMF"

    /// Keys `0-9 * #`, with `w` for a 0.5 s pause and `W` for 1 s.
    public var digits: String
    /// True: the next element starts after the first tone; false: after the last. Default true.
    public var async: Bool

    init(reading element: inout ElementReader) {
        async = element.boolean("async", default: true)
        // Node's builder can put the digits in a `digits` attribute; the text wins when both are given.
        let attributeDigits = element.value("digits")
        let text = element.element.text.trimmed
        element.refuseChildElements()
        if !text.isEmpty {
            digits = text
            if !ElementReader.areTones(text) {
                element.report(.invalidText, "text must be keys from 0-9, * and #, with w or W for pauses, got \"\(text.clipped())\"")
            }
        } else if let (attribute, value) = attributeDigits {
            digits = value
            if !ElementReader.areTones(value) {
                element.invalid(attribute, mustBe: "keys from 0-9, * and #, with w or W for pauses")
            }
        } else {
            digits = ""
            element.report(.missingText, "needs the digits to send as its text")
        }
    }

    var verb: PlivoVerb { .dtmf(self) }
}
