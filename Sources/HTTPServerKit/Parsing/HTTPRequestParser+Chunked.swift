extension HTTPRequestParser {
    /// Decodes `chunk-size [; ext] CRLF chunk-data CRLF … 0 CRLF [trailers] CRLF` (RFC 9112 §7.1) as far as the
    /// buffer allows. Returns true once the last chunk and trailer section are read. Trailers are read and ignored.
    func scanChunks(_ scan: inout ChunkScan, in buffer: UnsafeRawBufferPointer) throws(HTTPParseError) -> Bool {
        while true {
            switch scan.phase {
            case .size:
                guard let (line, next) = Self.nextLine(in: buffer, after: &scan) else {
                    if Self.partialLineLength(in: buffer, from: scan.position) > Self.maxChunkLineLength {
                        throw .invalidChunk
                    }
                    return false
                }
                if line.count > Self.maxChunkLineLength { throw .invalidChunk }
                let size = try Self.parseChunkSize(UnsafeRawBufferPointer(rebasing: buffer[line]))
                if scan.body.count + size > limits.maxBodyBytes { throw .bodyTooLarge }
                scan.position = next
                scan.phase = size == 0 ? .trailer : .data(remaining: size)

            case .data(let remaining):
                let available = min(remaining, buffer.count - scan.position)
                guard available > 0 else { return false }
                scan.body.append(contentsOf: buffer[scan.position..<scan.position + available])
                scan.position += available
                scan.phase = available == remaining ? .dataEnd : .data(remaining: remaining - available)

            case .dataEnd:
                guard let (line, next) = Self.nextLine(in: buffer, after: &scan) else {
                    // Only CR may stand here while the LF is still on its way.
                    if buffer.count - scan.position > 1 || (buffer.count > scan.position && buffer[scan.position] != 0x0D) {
                        throw .invalidChunk
                    }
                    return false
                }
                guard line.isEmpty else { throw .invalidChunk }
                scan.position = next
                scan.phase = .size

            case .trailer:
                guard let (line, next) = Self.nextLine(in: buffer, after: &scan) else {
                    let pending = Self.partialLineLength(in: buffer, from: scan.position)
                    if scan.trailerBytes + pending > limits.maxHeaderBytes {
                        throw .headerSectionTooLarge
                    }
                    return false
                }
                scan.position = next
                if line.isEmpty { return true }
                scan.trailerBytes += line.count + 2
                if scan.trailerBytes > limits.maxHeaderBytes { throw .headerSectionTooLarge }
                _ = try Self.parseField(UnsafeRawBufferPointer(rebasing: buffer[line]))
            }
        }
    }

    /// The hexadecimal size before any `;` extension; at most 15 hex digits so it cannot overflow.
    static func parseChunkSize(_ line: UnsafeRawBufferPointer) throws(HTTPParseError) -> Int {
        var size = 0
        var digits = 0
        var index = 0
        while index < line.count, let value = FormURLEncoding.hexValue(line[index]) {
            size = size << 4 | Int(value)
            digits += 1
            index += 1
        }
        guard digits > 0, digits <= 15 else { throw .invalidChunk }
        while index < line.count, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
        guard index == line.count || line[index] == UInt8(ascii: ";") else { throw .invalidChunk }
        return size
    }

    /// The line that starts at the scan's position. The search for its LF resumes where the previous call stopped,
    /// so a line trickling in one byte per read costs linear time, not quadratic.
    static func nextLine(
        in buffer: UnsafeRawBufferPointer, after scan: inout ChunkScan
    ) -> (line: Range<Int>, next: Int)? {
        let found = nextLine(in: buffer, lineStart: scan.position, searchFrom: max(scan.position, scan.searchedTo))
        if found == nil { scan.searchedTo = buffer.count }
        return found
    }
}
