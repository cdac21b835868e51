extension CallbackResponseParser {
    /// Parses the status line and header section once they are all pending, and moves to the body, to `.done`,
    /// or, after an interim response, back to the next head. False while the head is incomplete.
    mutating func parseHead() throws(Failure) -> Bool {
        guard let (lines, consumed) = try headLines() else { return false }
        pending.removeFirst(consumed)
        headScanOffset = 0

        let code = try Self.statusCode(lines[0])
        var fields: [(name: Substring, value: Substring)] = []
        for line in lines.dropFirst() {
            if line.first == " " || line.first == "\t" {
                // obs-fold: a recipient may replace it with a space (RFC 9112 §5.2).
                guard let last = fields.popLast() else { throw Failure(reason: "malformed response: a folded first header line") }
                fields.append((last.name, Substring(last.value + " " + Self.trimmed(line))))
                continue
            }
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                !line[..<colon].contains(where: { $0 == " " || $0 == "\t" })
            else { throw Failure(reason: "malformed response: header line '\(line.prefix(80))'") }
            fields.append((line[..<colon], Self.trimmed(line[line.index(after: colon)...])))
        }

        if (100..<200).contains(code) && code != 101 {
            // Interim: the final response follows on the same connection.
            return true
        }
        status = code
        contentType = fields.first { $0.name.lowercased() == "content-type" }.map { String($0.value) }
        state = try Self.framing(status: code, fields: fields)
        if case .body(.length(let length)) = state { declaredLength = length }
        let options = fields.filter { $0.name.lowercased() == "connection" }
            .flatMap { $0.value.split(separator: ",") }.map { Self.trimmed($0).lowercased() }
        let isHTTP10 = lines[0].hasPrefix("HTTP/1.0")
        persistent = code != 101 && state != .body(.untilClose) && !options.contains("close")
            && (!isHTTP10 || options.contains("keep-alive"))
        if state == .body(.length(remaining: 0)) { state = .done }
        return true
    }

    /// The head's lines without their line ends, and the bytes it spans, blank line included; nil while the
    /// blank line has not arrived. A bare LF is accepted as a line end (RFC 9112 §2.2).
    private mutating func headLines() throws(Failure) -> ([Substring], Int)? {
        var index = headScanOffset
        while index < pending.count {
            if pending[index] == UInt8(ascii: "\n") {
                let blank = index >= 1 && pending[index - 1] == UInt8(ascii: "\n")
                let blankCRLF = index >= 2 && pending[index - 1] == UInt8(ascii: "\r") && pending[index - 2] == UInt8(ascii: "\n")
                if blank || blankCRLF {
                    // Split as bytes: as Characters, "\r\n" is one grapheme and would not match "\n".
                    var lines = pending[..<index].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                        .map { Substring(String(decoding: $0.last == UInt8(ascii: "\r") ? $0.dropLast() : $0, as: UTF8.self)) }
                    if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
                    return (lines, index + 1)
                }
            }
            index += 1
        }
        headScanOffset = index
        if pending.count > Self.maxHeadBytes {
            throw Failure(reason: "malformed response: the head is larger than \(Self.maxHeadBytes / 1024) KiB")
        }
        return nil
    }

    /// The status code of `HTTP/1.x NNN reason`.
    private static func statusCode(_ line: Substring) throws(Failure) -> Int {
        let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), parts[0].count == 8,
            parts[1].count == 3, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
            let code = Int(parts[1]), (100...599).contains(code)
        else { throw Failure(reason: "malformed response: status line '\(line.prefix(80))'") }
        return code
    }

    /// How the body is delimited (RFC 9112 §6.3).
    private static func framing(status: Int, fields: [(name: Substring, value: Substring)]) throws(Failure) -> State {
        if status == 204 || status == 304 || status < 200 { return .done }
        let codings = fields.filter { $0.name.lowercased() == "transfer-encoding" }
            .flatMap { $0.value.split(separator: ",") }.map { trimmed($0).lowercased() }
        if !codings.isEmpty {
            return .body(codings.last == "chunked" ? .chunked(.sizeLine) : .untilClose)
        }
        let lengths = fields.filter { $0.name.lowercased() == "content-length" }
            .flatMap { $0.value.split(separator: ",", omittingEmptySubsequences: false) }.map { trimmed($0) }
        guard let first = lengths.first else { return .body(.untilClose) }
        // Repeated identical values are one length (RFC 9110 §8.6); anything else cannot be trusted.
        guard first.count <= 18, first.allSatisfy({ $0.isASCII && $0.isNumber }), let length = Int(first),
            lengths.allSatisfy({ $0 == first })
        else { throw Failure(reason: "malformed response: Content-Length '\(lengths.joined(separator: ","))'") }
        return .body(.length(remaining: length))
    }

    static func trimmed(_ text: Substring) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = text.firstIndex(where: { !isSpace($0) }) else { return text[text.endIndex...] }
        return text[start...text.lastIndex(where: { !isSpace($0) })!]
    }
}
