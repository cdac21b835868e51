extension HTTPRequestParser {
    /// Reads lines until the empty line that ends the head; returns the parsed head, or nil if more bytes are needed.
    ///
    /// While the head is incomplete only its limits are checked; the request line and fields are parsed once the
    /// empty line has arrived, so a request gets the same answer however its bytes are split across reads.
    mutating func scanHead(_ scan: inout HeadScan, in buffer: UnsafeRawBufferPointer) throws(HTTPParseError) -> Head? {
        while let (line, next) = Self.nextLine(in: buffer, lineStart: scan.lineStart, searchFrom: scan.position) {
            scan.position = next
            scan.lineStart = next
            guard let requestLine = scan.requestLine else {
                if line.isEmpty {
                    // RFC 9112 §2.2: empty lines before the request line are ignored, but not without bound.
                    if next > limits.maxRequestLineLength { throw .requestLineTooLong }
                    continue
                }
                if line.count > limits.maxRequestLineLength { throw .requestLineTooLong }
                scan.requestLine = line
                scan.fieldsStart = next
                continue
            }
            if line.isEmpty {
                return try makeHead(requestLine: requestLine, fieldsStart: scan.fieldsStart, fieldCount: scan.fieldCount, in: buffer)
            }
            scan.headerBytes += next - line.lowerBound
            if scan.headerBytes > limits.maxHeaderBytes { throw .headerSectionTooLarge }
            if scan.fieldCount >= limits.maxHeaderCount { throw .tooManyHeaders }
            scan.fieldCount += 1
        }
        scan.position = buffer.count
        let partial = Self.partialLineLength(in: buffer, from: scan.lineStart)
        if scan.requestLine == nil {
            if partial > limits.maxRequestLineLength { throw .requestLineTooLong }
        } else if scan.headerBytes + partial > limits.maxHeaderBytes {
            throw .headerSectionTooLarge
        }
        return nil
    }

    /// Parses a complete head. The field lines are found again from `fieldsStart` rather than remembered while
    /// scanning: a second pass over a few hundred bytes costs less than an array of their ranges per request.
    private func makeHead(
        requestLine: Range<Int>, fieldsStart: Int, fieldCount: Int, in buffer: UnsafeRawBufferPointer
    ) throws(HTTPParseError) -> Head {
        let (method, target, version) = try Self.parseRequestLine(UnsafeRawBufferPointer(rebasing: buffer[requestLine]))
        var headers = HTTPHeaders()
        headers.reserveCapacity(fieldCount)
        // The fields framing depends on are tallied from their names' bytes as they go by, so the usual request
        // is framed without walking the list (and copying its Strings) once per field asked about.
        var tally = HeadFieldTally()
        var position = fieldsStart
        while let (line, next) = Self.nextLine(in: buffer, lineStart: position, searchFrom: position), !line.isEmpty {
            let field = UnsafeRawBufferPointer(rebasing: buffer[line])
            let (name, value) = try Self.parseField(field)
            tally.note(name: name, value: value)
            headers.add(name: name, value: value)
            position = next
        }
        if tally.hosts > 1 { throw .duplicateHost }
        if tally.hosts == 0 && version == .http1_1 { throw .missingHost }  // RFC 9112 §3.2
        let framing: Framing
        if tally.transferEncodings == 0 && tally.contentLengths == 0 {
            framing = .length(0)
        } else if tally.transferEncodings == 0 && tally.contentLengths == 1,
            let length = tally.firstContentLength.flatMap(Self.plainDecimal) {
            framing = .length(length)
        } else {
            framing = try Self.framing(of: headers, version: version)
        }
        let expectsContinue = version == .http1_1 && tally.expects > 0
            && headers["Expect"].map { $0.trimmingASCIIWhitespace().isEqualIgnoringASCIICase("100-continue") } == true
        return Head(
            method: method, target: target, version: version, headers: headers,
            framing: framing, expectsContinue: expectsContinue)
    }

    /// `method SP request-target SP HTTP-version` (RFC 9112 §3). Anything after the second space is the version,
    /// so a target with a space in it fails as a bad version.
    static func parseRequestLine(
        _ line: UnsafeRawBufferPointer
    ) throws(HTTPParseError) -> (HTTPMethod, String, HTTPVersion) {
        let space = UInt8(ascii: " ")
        guard let methodEnd = line.firstIndex(of: space),
            let targetEnd = line[(methodEnd + 1)...].firstIndex(of: space), targetEnd > methodEnd + 1
        else { throw .invalidRequestLine }
        let method = line[..<methodEnd]
        let target = line[(methodEnd + 1)..<targetEnd]
        guard !method.isEmpty, method.allSatisfy(isTokenByte) else { throw .invalidMethod }
        guard target.allSatisfy({ $0 > 0x20 && $0 != 0x7F }) else { throw .invalidTarget }
        let version = try parseVersion(line[(targetEnd + 1)...])
        return (
            HTTPMethod(String(decoding: method, as: UTF8.self)),
            String(decoding: target, as: UTF8.self),
            version
        )
    }

    static func parseVersion(_ bytes: Slice<UnsafeRawBufferPointer>) throws(HTTPParseError) -> HTTPVersion {
        let start = bytes.startIndex
        // Byte by byte rather than `elementsEqual("HTTP/".utf8)`, which walks a String's UTF-8 view per request.
        guard bytes.count == 8, bytes[start] == UInt8(ascii: "H"), bytes[start + 1] == UInt8(ascii: "T"),
            bytes[start + 2] == UInt8(ascii: "T"), bytes[start + 3] == UInt8(ascii: "P"),
            bytes[start + 4] == UInt8(ascii: "/"), bytes[start + 6] == UInt8(ascii: "."),
            let major = digitValue(bytes[start + 5]), let minor = digitValue(bytes[start + 7])
        else { throw .invalidRequestLine }
        guard major == 1 else { throw .unsupportedVersion }
        // RFC 9110 §2.5: a higher minor version is served as the highest we implement.
        return minor == 0 ? .http1_0 : .http1_1
    }

    /// `field-name ":" OWS field-value OWS` (RFC 9112 §5). No whitespace before the colon (§5.1) and no obsolete
    /// line folding (§5.2): both are rejected with 400, as the RFC allows and smuggling-safe servers do.
    static func parseField(_ line: UnsafeRawBufferPointer) throws(HTTPParseError) -> (String, String) {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { throw .invalidHeader }
        let name = line[..<colon]
        guard name.allSatisfy(isTokenByte) else { throw .invalidHeader }
        var valueStart = colon + 1
        var valueEnd = line.count
        while valueStart < valueEnd, line[valueStart] == 0x20 || line[valueStart] == 0x09 { valueStart += 1 }
        while valueEnd > valueStart, line[valueEnd - 1] == 0x20 || line[valueEnd - 1] == 0x09 { valueEnd -= 1 }
        let value = line[valueStart..<valueEnd]
        guard value.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else { throw .invalidHeader }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    /// How the body is delimited (RFC 9112 §6.3), in general. `makeHead` frames the usual request (no
    /// Transfer-Encoding, at most one plain Content-Length) from its tally without coming here.
    static func framing(of headers: HTTPHeaders, version: HTTPVersion) throws(HTTPParseError) -> Framing {
        let transferEncodings = headers.values(for: "Transfer-Encoding")
        let contentLengths = headers.values(for: "Content-Length")
        if !transferEncodings.isEmpty {
            if !contentLengths.isEmpty { throw .contentLengthWithTransferEncoding }
            // §6.1: Transfer-Encoding in HTTP/1.0 is faulty framing.
            if version == .http1_0 { throw .unsupportedTransferEncoding }
            let codings = transferEncodings.flatMap { $0.split(separator: ",") }
                .map { $0.trimmingASCIIWhitespace() }
                .filter { !$0.isEmpty }
            guard codings.count == 1, codings[0].isEqualIgnoringASCIICase("chunked") else {
                throw .unsupportedTransferEncoding
            }
            return .chunked
        }
        guard !contentLengths.isEmpty else { return .length(0) }
        var length: Int?
        for element in contentLengths.flatMap({ $0.split(separator: ",", omittingEmptySubsequences: false) }) {
            guard let value = plainDecimal(element.trimmingASCIIWhitespace()) else { throw .invalidContentLength }
            if let length, length != value { throw .conflictingContentLengths }
            length = value
        }
        return .length(length ?? 0)
    }

    /// 1 to 18 ASCII digits and nothing else, as a number; nil for anything else. The one reading of a
    /// Content-Length value, for the usual single field and for each element of a list alike.
    static func plainDecimal(_ text: some StringProtocol) -> Int? {
        let utf8 = text.utf8
        guard !utf8.isEmpty, utf8.count <= 18 else { return nil }
        var value = 0
        for byte in utf8 {
            guard let digit = digitValue(byte) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// RFC 9110 §5.6.2 `tchar`, as a 128-bit set (bit `n` of the pair stands for byte `n`): this runs for every
    /// byte of every method and field name. The masks are checked against the RFC's list by a test.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        if byte < 64 { return (tokenBytesBelow64 >> UInt64(byte)) & 1 == 1 }
        return byte < 128 && (tokenBytesFrom64 >> UInt64(byte - 64)) & 1 == 1
    }

    /// `! # $ % & ' * + - .` and the digits.
    static let tokenBytesBelow64: UInt64 = 0x03ff_6cfa_0000_0000
    /// The letters and the marks from 0x5E to 0x7E: circumflex, underscore, grave accent, vertical line, tilde.
    static let tokenBytesFrom64: UInt64 = 0x57ff_ffff_c7ff_fffe

    static func digitValue(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
