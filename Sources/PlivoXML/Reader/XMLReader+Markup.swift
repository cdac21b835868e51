/// The constructs that carry no element: the XML declaration, comments, processing instructions, CDATA, DOCTYPE.
extension XMLReader {
    /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` (XML 1.0 §2.8): version first, then the optional
    /// two in that order. Any encoding other than UTF-8 is refused, since the bytes were decoded as UTF-8.
    mutating func readXMLDeclaration() throws(PlivoXMLError) {
        let start = position
        advance(by: 5)
        let order = ["version", "encoding", "standalone"]
        var next = 0
        while true {
            let spaced = skipWhitespace()
            if hasPrefix("?>") {
                advance(by: 2)
                break
            }
            guard current != nil else { throw failure("the XML declaration is not closed with \"?>\"") }
            guard spaced else { throw failure("expected whitespace in the XML declaration, found \(describeCurrent())") }
            let namePosition = position
            let name = try readName(what: "version, encoding or standalone in the XML declaration")
            guard let rank = order.firstIndex(of: name), rank >= next, next > 0 || rank == 0 else {
                throw failure("unexpected \(name) in the XML declaration (expected, in order: version, encoding, standalone)",
                              at: namePosition)
            }
            next = rank + 1
            skipWhitespace()
            guard current == "=" else { throw failure("expected \"=\" after \(name) in the XML declaration") }
            advance()
            skipWhitespace()
            let value = try readQuotedLiteral(what: "the value of \(name)")
            switch name {
            case "version":
                guard value.hasPrefix("1."), value.count > 2, value.dropFirst(2).allSatisfy(\.isASCIIDigitCharacter) else {
                    throw failure("XML version \"\(value)\" is not 1.x", at: namePosition)
                }
            case "encoding":
                guard value.lowercased() == "utf-8" else {
                    throw failure("the document declares encoding \"\(value)\"; Plivo XML is read as UTF-8",
                                  at: namePosition, kind: .invalidEncoding)
                }
            default:
                guard value == "yes" || value == "no" else {
                    throw failure("standalone must be \"yes\" or \"no\", got \"\(value)\"", at: namePosition)
                }
            }
        }
        guard next > 0 else { throw failure("the XML declaration has no version", at: start) }
    }

    /// `<!-- ... -->`; `--` may not appear inside (XML 1.0 §2.5).
    mutating func readComment() throws(PlivoXMLError) {
        let start = position
        advance(by: 4)
        while current != nil {
            if hasPrefix("--") {
                guard peek(2) == ">" else { throw failure("\"--\" is not allowed inside a comment") }
                advance(by: 3)
                return
            }
            advance()
        }
        throw failure("the comment opened at line \(start.line), column \(start.column) is not closed with \"-->\"")
    }

    /// `<?target ...?>`; the target `xml` in any case is reserved for the declaration at the very start (§2.6).
    mutating func readProcessingInstruction() throws(PlivoXMLError) {
        let start = position
        advance(by: 2)
        let target = try readName(what: "a processing instruction target after \"<?\"")
        guard target.lowercased() != "xml" else {
            throw failure("the XML declaration is only allowed at the very start of the document", at: start)
        }
        if hasPrefix("?>") {
            advance(by: 2)
            return
        }
        guard skipWhitespace() else { throw failure("expected whitespace after <?\(target)") }
        while current != nil {
            if hasPrefix("?>") {
                advance(by: 2)
                return
            }
            advance()
        }
        throw failure("the processing instruction opened at line \(start.line), column \(start.column) is not closed with \"?>\"")
    }

    /// `<![CDATA[ ... ]]>`: its content is text, taken literally.
    mutating func readCDATA(into text: inout String) throws(PlivoXMLError) {
        let start = position
        advance(by: 9)
        while let scalar = current {
            if hasPrefix("]]>") {
                advance(by: 3)
                return
            }
            text.unicodeScalars.append(scalar)
            advance()
        }
        throw failure("the CDATA section opened at line \(start.line), column \(start.column) is not closed with \"]]>\"")
    }

    /// `<!DOCTYPE name [SYSTEM "uri" | PUBLIC "id" "uri"]>` is skipped. An internal subset (`[ ... ]`) is refused:
    /// it is where entities are declared, and refusing it means no entity can expand ("billion laughs") and no
    /// external one can be fetched.
    mutating func readDoctype() throws(PlivoXMLError) {
        advance(by: 9)
        guard skipWhitespace() else { throw failure("expected whitespace after <!DOCTYPE") }
        _ = try readName(what: "the root element name in the DOCTYPE")
        skipWhitespace()
        if hasPrefix("SYSTEM") {
            advance(by: 6)
            guard skipWhitespace() else { throw failure("expected whitespace after SYSTEM") }
            _ = try readQuotedLiteral(what: "the system identifier")
        } else if hasPrefix("PUBLIC") {
            advance(by: 6)
            guard skipWhitespace() else { throw failure("expected whitespace after PUBLIC") }
            _ = try readQuotedLiteral(what: "the public identifier")
            guard skipWhitespace() else { throw failure("expected whitespace after the public identifier") }
            _ = try readQuotedLiteral(what: "the system identifier")
        }
        skipWhitespace()
        if current == "[" {
            throw failure("DOCTYPE internal subsets are refused: entity declarations are not supported", kind: .doctypeRefused)
        }
        guard current == ">" else { throw failure("expected \">\" to close the DOCTYPE, found \(describeCurrent())") }
        advance()
    }

    /// A literal in either quote, taken as written (no references): the declaration's values and DOCTYPE identifiers.
    private mutating func readQuotedLiteral(what: String) throws(PlivoXMLError) -> String {
        guard let quote = current, quote == "\"" || quote == "'" else {
            throw failure("expected \(what) in quotes, found \(describeCurrent())")
        }
        advance()
        var value = ""
        while let scalar = current, scalar != quote {
            value.unicodeScalars.append(scalar)
            advance()
        }
        guard current != nil else { throw failure("the document ends inside \(what)") }
        advance()
        return value
    }
}

extension Character {
    /// `0`–`9` only; `Character.isNumber` would also accept other scripts' digits and fractions.
    var isASCIIDigitCharacter: Bool {
        ("0"..."9").contains(self)
    }
}
