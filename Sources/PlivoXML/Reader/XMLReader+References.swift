/// Entity and character references, and the attribute values that may contain them.
extension XMLReader {
    /// The five entities every XML processor knows (XML 1.0 §4.6). No other can be declared: see `readDoctype`.
    private static let predefinedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "apos": "'", "quot": "\"",
    ]

    /// Reads `&name;`, `&#123;` or `&#x7B;` at `&` and appends what it stands for.
    mutating func readReference(into text: inout String) throws(PlivoXMLError) {
        let start = position
        advance()
        if current == "#" {
            advance()
            let hexadecimal = current == "x"
            if hexadecimal { advance() }
            var digits = ""
            while let scalar = current, scalar != ";", digits.count <= 8 {
                digits.unicodeScalars.append(scalar)
                advance()
            }
            guard current == ";" else {
                throw failure("a character reference must end with \";\"", at: start)
            }
            advance()
            let isDigits = !digits.isEmpty && digits.allSatisfy { hexadecimal ? $0.isHexDigit : $0.isASCIIDigitCharacter }
            guard isDigits, let value = UInt32(digits, radix: hexadecimal ? 16 : 10),
                  let scalar = Unicode.Scalar(value), XMLCharacter.isChar(scalar)
            else {
                throw failure("&#\(hexadecimal ? "x" : "")\(digits); does not refer to a character allowed in XML", at: start)
            }
            text.unicodeScalars.append(scalar)
            return
        }
        guard XMLCharacter.isNameStart(current) else {
            throw failure("\"&\" must start an entity or character reference; write &amp; for a literal \"&\"", at: start)
        }
        let name = try readName(what: "an entity name")
        guard current == ";" else {
            throw failure("the reference &\(name) must end with \";\"; write &amp; for a literal \"&\"", at: start)
        }
        advance()
        guard let scalar = Self.predefinedEntities[name] else {
            throw failure("undeclared entity &\(name); (only amp, lt, gt, apos, quot and character references are defined)",
                          at: start)
        }
        text.unicodeScalars.append(scalar)
    }

    /// An attribute value after its opening quote, up to the matching quote. Literal tabs and line breaks become
    /// spaces, as XML 1.0 §3.3.3 normalises CDATA attributes; referenced ones (`&#10;`) stay as they are.
    mutating func readAttributeValue(quote: Unicode.Scalar) throws(PlivoXMLError) -> String {
        advance()
        var value = ""
        while true {
            guard let scalar = current else {
                throw failure("the document ends inside an attribute value")
            }
            switch scalar {
            case quote:
                advance()
                return value
            case "<":
                throw failure("\"<\" is not allowed in an attribute value; write &lt;")
            case "&":
                try readReference(into: &value)
            case "\n", "\t":
                value.unicodeScalars.append(" ")
                advance()
            default:
                value.unicodeScalars.append(scalar)
                advance()
            }
        }
    }
}
