extension HTTPRequestParser {
    /// Reads lines until the empty line that ends the head; returns the parsed head, or nil if more bytes are needed.
    mutating func scanHead(_ scan: inout HeadScan, in buffer: UnsafeRawBufferPointer) throws(HTTPParseError) -> Head? {
        while let (line, next) = Self.nextLine(in: buffer, lineStart: scan.lineStart, searchFrom: scan.position) {
            scan.position = next
            scan.lineStart = next
            if line.isEmpty {
                // RFC 9112 §2.2: empty lines before the request line are ignored, but not without bound.
                if scan.lines.isEmpty {
                    if next > limits.maxRequestLineLength { throw .requestLineTooLong }
                    continue
                }
                return try makeHead(lines: scan.lines, in: buffer)
            }
            if scan.lines.isEmpty {
                if line.count > limits.maxRequestLineLength { throw .requestLineTooLong }
            } else {
                scan.headerBytes += next - line.lowerBound
                if scan.headerBytes > limits.maxHeaderBytes { throw .headerSectionTooLarge }
                if scan.lines.count > limits.maxHeaderCount { throw .tooManyHeaders }
            }
            scan.lines.append(line)
        }
        scan.position = buffer.count
        let partial = Self.partialLineLength(in: buffer, from: scan.lineStart)
        if scan.lines.isEmpty {
            if partial > limits.maxRequestLineLength { throw .requestLineTooLong }
        } else if scan.headerBytes + partial > limits.maxHeaderBytes {
            throw .headerSectionTooLarge
        }
        return nil
    }

    private func makeHead(lines: [Range<Int>], in buffer: UnsafeRawBufferPointer) throws(HTTPParseError) -> Head {
        let (method, target, version) = try Self.parseRequestLine(UnsafeRawBufferPointer(rebasing: buffer[lines[0]]))
        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            let (name, value) = try Self.parseField(UnsafeRawBufferPointer(rebasing: buffer[line]))
            headers.add(name: name, value: value)
        }
        let hosts = headers.values(for: "Host")
        if hosts.count > 1 { throw .duplicateHost }
        if hosts.isEmpty && version == .http1_1 { throw .missingHost }  // RFC 9112 §3.2
        let framing = try Self.framing(of: headers, version: version)
        let expectsContinue =
            version == .http1_1 && headers["Expect"].map { $0.trimmingASCIIWhitespace().isEqualIgnoringASCIICase("100-continue") } == true
        return Head(
            method: method, target: target, version: version, headers: headers,
            framing: framing, expectsContinue: expectsContinue)
    }

    /// `method SP request-target SP HTTP-version` (RFC 9112 §3).
    static func parseRequestLine(
        _ line: UnsafeRawBufferPointer
    ) throws(HTTPParseError) -> (HTTPMethod, String, HTTPVersion) {
        let parts = line.split(separator: UInt8(ascii: " "), maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[1].isEmpty else { throw .invalidRequestLine }
        guard !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte) else { throw .invalidMethod }
        guard parts[1].allSatisfy({ $0 > 0x20 && $0 != 0x7F }) else { throw .invalidTarget }
        let version = try parseVersion(parts[2])
        return (
            HTTPMethod(String(decoding: parts[0], as: UTF8.self)),
            String(decoding: parts[1], as: UTF8.self),
            version
        )
    }

    static func parseVersion(_ bytes: Slice<UnsafeRawBufferPointer>) throws(HTTPParseError) -> HTTPVersion {
        let text = Array(bytes)
        guard text.count == 8, text[0..<5].elementsEqual("HTTP/".utf8), text[6] == UInt8(ascii: "."),
            let major = digitValue(text[5]), let minor = digitValue(text[7])
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

    /// How the body is delimited (RFC 9112 §6.3).
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
            let digits = element.trimmingASCIIWhitespace()
            guard !digits.isEmpty, digits.utf8.count <= 18, digits.utf8.allSatisfy({ digitValue($0) != nil }),
                let value = Int(digits)
            else { throw .invalidContentLength }
            if let length, length != value { throw .conflictingContentLengths }
            length = value
        }
        return .length(length ?? 0)
    }

    /// RFC 9110 §5.6.2 `tchar`.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    static func digitValue(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
