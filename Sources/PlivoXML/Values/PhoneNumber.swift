/// The shape of a phone number in Plivo XML: E.164 digits, the `+` optional (`14155550100`, `+14155550100`).
enum PhoneNumber {
    /// E.164 allows at most 15 digits; short codes have as few as 3, so no minimum beyond one digit.
    static func isValid(_ text: some StringProtocol) -> Bool {
        let digits = text.hasPrefix("+") ? text.dropFirst() : text[...]
        return (1...15).contains(digits.count) && digits.allSatisfy(\.isASCIIDigitCharacter)
    }
}
