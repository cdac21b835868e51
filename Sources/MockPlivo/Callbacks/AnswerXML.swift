/// The judgement Plivo makes on an answer URL's response: is it Plivo XML, a document whose root element is
/// `<Response>`?
///
/// This is a structural check, not an XML parser: skip a BOM, whitespace, the XML declaration, comments and a
/// DOCTYPE, then require `<Response` as the first element and a matching end (`</Response>` last, or a
/// self-closing root). Elements inside are not validated; a mock that rejected unknown verbs would get in the
/// way of users testing newer XML than it knows.
struct AnswerXML: Sendable, Equatable {
    /// The document ends the call itself (`<Hangup`), which changes the reported hangup source.
    var hangsUp: Bool

    /// Parses `body` or returns nil when it is not a Plivo XML document.
    init?(body: [UInt8]) {
        var text = Substring(String(decoding: body, as: UTF8.self))
        if text.first == "\u{FEFF}" {
            text = text.dropFirst()
        }
        text = Self.trimmingWhitespace(text)
        // The prolog: an XML declaration, processing instructions, comments and a DOCTYPE, in any number.
        while true {
            if text.hasPrefix("<?"), let end = text.firstRange(of: "?>") {
                text = Self.trimmingWhitespace(text[end.upperBound...])
            } else if text.hasPrefix("<!--"), let end = text.firstRange(of: "-->") {
                text = Self.trimmingWhitespace(text[end.upperBound...])
            } else if text.hasPrefix("<!DOCTYPE"), let end = text.firstIndex(of: ">") {
                text = Self.trimmingWhitespace(text[text.index(after: end)...])
            } else {
                break
            }
        }
        guard text.hasPrefix("<Response") else { return nil }
        let afterName = text.dropFirst("<Response".count)
        guard let next = afterName.first, next == ">" || next == "/" || next.isWhitespace else { return nil }
        guard let tagEnd = afterName.firstIndex(of: ">") else { return nil }
        let selfClosing = afterName[..<tagEnd].hasSuffix("/")
        if !selfClosing {
            guard Self.strippingTrailingComments(text).hasSuffix("</Response>") else { return nil }
        }
        hangsUp = text.contains("<Hangup")
    }

    private static func trimmingWhitespace(_ text: Substring) -> Substring {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = text.lastIndex(where: { !$0.isWhitespace })!
        return text[start...end]
    }

    /// Comments may follow the root element (XML 1.0 §2.1, `Misc*`).
    private static func strippingTrailingComments(_ text: Substring) -> Substring {
        var text = text
        while text.hasSuffix("-->"), let start = text.ranges(of: "<!--").last {
            text = trimmingWhitespace(text[..<start.lowerBound])
        }
        return trimmingWhitespace(text)
    }
}
