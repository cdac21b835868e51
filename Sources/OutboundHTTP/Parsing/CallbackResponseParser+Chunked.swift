extension CallbackResponseParser {
    /// Advances through a chunked body (RFC 9112 §7.1). Returns the progress to report, or nil to go on
    /// parsing what is pending.
    mutating func parseChunked(_ chunk: Chunk) throws(Failure) -> Progress? {
        switch chunk {
        case .sizeLine:
            guard let newline = pending.firstIndex(of: UInt8(ascii: "\n")) else {
                if pending.count > Self.maxChunkLineBytes {
                    throw Failure(reason: "malformed response: a chunk-size line longer than \(Self.maxChunkLineBytes) bytes")
                }
                return .needMoreData
            }
            let end = newline > 0 && pending[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
            let line = Substring(String(decoding: pending[..<end], as: UTF8.self))
            pending.removeFirst(newline + 1)
            let digits = Self.trimmed(line.prefix { $0 != ";" })
            guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy(\.isHexDigit), let size = Int(digits, radix: 16)
            else { throw Failure(reason: "malformed response: chunk size '\(line.prefix(40))'") }
            // The last chunk ends the body; its trailer section follows, read and discarded.
            state = .body(.chunked(size == 0 ? .trailer : .data(remaining: size)))
            return nil
        case .data(let remaining):
            let (taken, truncated) = keepPending(upTo: remaining)
            if truncated { return .complete(response(truncated: true)) }
            state = .body(.chunked(remaining - taken > 0 ? .data(remaining: remaining - taken) : .dataEnd))
            return remaining - taken > 0 ? .needMoreData : nil
        case .dataEnd:
            if pending.first == UInt8(ascii: "\n") {
                pending.removeFirst(1)
            } else if pending.starts(with: [UInt8(ascii: "\r"), UInt8(ascii: "\n")]) {
                pending.removeFirst(2)
            } else if pending.isEmpty || pending == [UInt8(ascii: "\r")] {
                return .needMoreData
            } else {
                throw Failure(reason: "malformed response: chunk data longer than its size")
            }
            state = .body(.chunked(.sizeLine))
            return nil
        case .trailer:
            guard let newline = pending.firstIndex(of: UInt8(ascii: "\n")) else {
                if pending.count > Self.maxHeadBytes {
                    throw Failure(reason: "malformed response: a trailer section larger than \(Self.maxHeadBytes / 1024) KiB")
                }
                return .needMoreData
            }
            let isBlank = newline == 0 || (newline == 1 && pending[0] == UInt8(ascii: "\r"))
            pending.removeFirst(newline + 1)
            if isBlank { state = .done }
            return nil
        }
    }
}
