/// How an SMS text travels: GSM-7 when every character is in GSM 03.38 (160 septets in one part, 153 a part when
/// split, an extension-table character taking two), UCS-2 otherwise (70 UTF-16 units in one part, 67 a part).
/// What Plivo bills as `units`.
public enum SMSEncoding: String, Sendable {
    case gsm7 = "GSM"
    case ucs2 = "UCS-2"

    /// The encoding `text` needs.
    public init(of text: String) {
        self = text.unicodeScalars.allSatisfy { Self.gsmBasic.contains($0) || Self.gsmExtension.contains($0) }
            ? .gsm7 : .ucs2
    }

    /// The SMS parts `text` takes.
    public static func units(of text: String) -> Int {
        let encoding = SMSEncoding(of: text)
        let length = encoding == .gsm7
            ? text.unicodeScalars.reduce(0) { $0 + (gsmExtension.contains($1) ? 2 : 1) }
            : text.utf16.count
        let (single, multi) = encoding == .gsm7 ? (160, 153) : (70, 67)
        return length <= single ? 1 : (length + multi - 1) / multi
    }

    /// GSM 03.38 basic character set.
    static let gsmBasic = Set(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
            + "¿abcdefghijklmnopqrstuvwxyzäöñüà").unicodeScalars)

    /// GSM 03.38 extension table, each sent as an escape plus the character.
    static let gsmExtension = Set("^{}\\[~]|€\u{0C}".unicodeScalars)
}
