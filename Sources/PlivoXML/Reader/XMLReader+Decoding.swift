/// Bytes to Unicode scalars: UTF-8 only, checked as it is decoded.
extension XMLReader {
    /// Decodes `bytes`, skipping a UTF-8 byte order mark, turning `\r\n` and `\r` into `\n` (XML 1.0 §2.11), and
    /// refusing scalars outside `Char` (§2.2), such as NUL and most C0 controls.
    static func decode(_ bytes: [UInt8]) throws(PlivoXMLError) -> [Unicode.Scalar] {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw PlivoXMLError(kind: .invalidEncoding, path: "", line: 1, column: 1,
                                message: "the document is UTF-16; Plivo XML is read as UTF-8")
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(body.count)
        var decoder = UTF8()
        var iterator = body.makeIterator()
        var line = 1
        var column = 1
        var afterCarriageReturn = false
        while true {
            switch decoder.decode(&iterator) {
            case .emptyInput:
                return scalars
            case .error:
                throw PlivoXMLError(kind: .invalidEncoding, path: "", line: line, column: column,
                                    message: "the document is not valid UTF-8")
            case .scalarValue(let scalar):
                if scalar == "\n", afterCarriageReturn {
                    afterCarriageReturn = false
                    continue
                }
                afterCarriageReturn = scalar == "\r"
                guard XMLCharacter.isChar(scalar) else {
                    let code = String(scalar.value, radix: 16, uppercase: true)
                    throw PlivoXMLError(kind: .malformedXML, path: "", line: line, column: column,
                                        message: "character U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code) is not allowed in XML")
                }
                if scalar == "\r" || scalar == "\n" {
                    scalars.append("\n")
                    line += 1
                    column = 1
                } else {
                    scalars.append(scalar)
                    column += 1
                }
            }
        }
    }
}
