/// Moving through the decoded scalars while keeping the line and column every error reports.
extension XMLReader {
    var current: Unicode.Scalar? {
        index < scalars.count ? scalars[index] : nil
    }

    var position: SourcePosition {
        SourcePosition(line: line, column: column)
    }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    mutating func advance(by count: Int = 1) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
    }

    func hasPrefix(_ literal: String) -> Bool {
        var offset = 0
        for scalar in literal.unicodeScalars {
            guard peek(offset) == scalar else { return false }
            offset += 1
        }
        return true
    }

    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let before = index
        while XMLCharacter.isWhitespace(current) {
            advance()
        }
        return index > before
    }

    /// The current scalar as an error message shows it: quoted, or "the end of the document".
    func describeCurrent() -> String {
        guard let scalar = current else { return "the end of the document" }
        if scalar == "\n" { return "a line break" }
        return "\"\(Character(scalar))\""
    }

    func failure(_ message: String, at place: SourcePosition? = nil, kind: PlivoXMLError.Kind = .malformedXML) -> PlivoXMLError {
        let place = place ?? position
        return PlivoXMLError(kind: kind, path: "", line: place.line, column: place.column, message: message)
    }
}
