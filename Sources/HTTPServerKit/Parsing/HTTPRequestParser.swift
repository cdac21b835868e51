#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one call to ``HTTPRequestParser/parse(_:)`` found.
public enum HTTPParseResult: Sendable {
    /// The bytes so far are a valid prefix of a request; call again with more.
    case needMoreData
    /// A whole request; its bytes are the first `consumed` of the buffer.
    case request(HTTPRequest, consumed: Int)
}

/// An incremental, pure HTTP/1.x request parser: bytes in; a request, a need for more, or a typed error out.
///
/// It performs no I/O and keeps no copy of the bytes it is shown. The caller owns one buffer per connection and
/// passes its unconsumed bytes, from the same start, every time more arrive; the parser remembers how far it got,
/// so each byte is examined once however the input is split. After `.request(_, consumed: n)` the caller drops
/// those `n` bytes; the parser is already reset for the next (pipelined) request.
///
/// Framing follows RFC 9112 §6.3 strictly, as nginx and SwiftNIO do, because a lenient parser behind a proxy is a
/// request-smuggling hole: Transfer-Encoding with Content-Length, differing Content-Lengths, a non-numeric length,
/// and any coding other than a lone `chunked` are all rejected.
public struct HTTPRequestParser: Sendable {
    public let limits: HTTPParserLimits

    /// True between a complete head carrying `Expect: 100-continue` and the end of its body: the moment the
    /// server should send `100 Continue` (RFC 9110 §10.1.1).
    public private(set) var isAwaitingContinue = false

    private var state: State = .head(HeadScan())

    /// Whether the head of the current request has been parsed and its body is being read.
    var hasHead: Bool {
        if case .head = state { return false }
        return true
    }

    /// Creates a parser enforcing `limits`.
    public init(limits: HTTPParserLimits = HTTPParserLimits()) {
        self.limits = limits
    }

    /// Parses `buffer`, which starts at the first unconsumed byte of the connection.
    public mutating func parse(_ buffer: UnsafeRawBufferPointer) throws(HTTPParseError) -> HTTPParseResult {
        while true {
            switch state {
            case .head(var scan):
                guard let head = try scanHead(&scan, in: buffer) else {
                    state = .head(scan)
                    return .needMoreData
                }
                let bodyStart = scan.position
                switch head.framing {
                case .length(let length) where length > limits.maxBodyBytes:
                    throw .bodyTooLarge
                case .length(let length) where buffer.count - bodyStart >= length:
                    // The usual request: its body (often none) came with its head. Answered straight from here:
                    // parking the head in `state` to take it out again copied its strings and headers.
                    let end = bodyStart + length
                    return finish(head, body: Array(buffer[bodyStart..<end]), consumed: end)
                case .length(let length):
                    state = .fixedBody(head, start: bodyStart, length: length)
                    isAwaitingContinue = head.expectsContinue && length > 0
                case .chunked:
                    state = .chunked(head, ChunkScan(position: bodyStart))
                    isAwaitingContinue = head.expectsContinue
                }

            case .fixedBody(let head, let start, let length):
                guard buffer.count - start >= length else { return .needMoreData }
                return finish(head, body: Array(buffer[start..<start + length]), consumed: start + length)

            case .chunked(let head, var scan):
                let done = try scanChunks(&scan, in: buffer)
                guard done else {
                    state = .chunked(head, scan)
                    return .needMoreData
                }
                return finish(head, body: scan.body, consumed: scan.position)
            }
        }
    }

    /// Convenience for tests and fuzzing: parses an array.
    public mutating func parse(_ bytes: [UInt8]) throws(HTTPParseError) -> HTTPParseResult {
        var result: Result<HTTPParseResult, HTTPParseError> = .success(.needMoreData)
        bytes.withUnsafeBytes { raw in
            do throws(HTTPParseError) { result = .success(try parse(raw)) } catch { result = .failure(error) }
        }
        return try result.get()
    }

    private mutating func finish(_ head: consuming Head, body: [UInt8], consumed: Int) -> HTTPParseResult {
        state = .head(HeadScan())
        isAwaitingContinue = false
        let request = HTTPRequest(
            method: head.method, target: head.target, version: head.version, headers: head.headers, body: body)
        return .request(request, consumed: consumed)
    }
}

// MARK: - State

extension HTTPRequestParser {
    enum State: Sendable {
        case head(HeadScan)
        case fixedBody(Head, start: Int, length: Int)
        case chunked(Head, ChunkScan)
    }

    struct HeadScan: Sendable {
        /// Where the search for the next line feed resumes.
        var position = 0
        /// Where the line being read began.
        var lineStart = 0
        /// The request line, once its LF has arrived.
        var requestLine: Range<Int>?
        /// Where the field lines begin: just after the request line.
        var fieldsStart = 0
        var fieldCount = 0
        var headerBytes = 0
    }

    enum Framing: Sendable {
        case length(Int)
        case chunked
    }

    struct Head: Sendable {
        var method: HTTPMethod
        var target: String
        var version: HTTPVersion
        var headers: HTTPHeaders
        var framing: Framing
        var expectsContinue: Bool
    }

    struct ChunkScan: Sendable {
        enum Phase: Sendable {
            case size
            case data(remaining: Int)
            case dataEnd
            case trailer
        }

        var position: Int
        var phase: Phase = .size
        var body: [UInt8] = []
        var trailerBytes = 0
        /// Where the search for the LF of an unfinished line resumes; stale (below `position`) once the line ends.
        var searchedTo = 0
    }

    /// Longest chunk-size line (size plus extensions) accepted; extensions are ignored but must not grow unbounded.
    static let maxChunkLineLength = 4096
}

// MARK: - Lines

extension HTTPRequestParser {
    /// Finds the next line that starts at `lineStart`, searching for its LF from `searchFrom`. A bare LF ends a line
    /// as well as CRLF does (RFC 9112 §2.2 permits it, and nginx accepts it).
    static func nextLine(
        in buffer: UnsafeRawBufferPointer, lineStart: Int, searchFrom: Int
    ) -> (line: Range<Int>, next: Int)? {
        // memchr: libc's vectorised search beats a byte loop on all but the shortest lines.
        guard searchFrom < buffer.count, let base = buffer.baseAddress,
            let found = memchr(base + searchFrom, Int32(UInt8(ascii: "\n")), buffer.count - searchFrom)
        else { return nil }
        let index = base.distance(to: UnsafeRawPointer(found))
        var end = index
        if end > lineStart && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return (lineStart..<end, index + 1)
    }

    /// The length of an unfinished line from `start` to the end of the buffer, for checking limits before its LF
    /// arrives. A final CR is left out: it may be the first half of the CRLF, which a complete line does not count,
    /// so a line exactly at a limit passes whether or not its CRLF was split across reads.
    static func partialLineLength(in buffer: UnsafeRawBufferPointer, from start: Int) -> Int {
        let length = buffer.count - start
        return length > 0 && buffer[buffer.count - 1] == UInt8(ascii: "\r") ? length - 1 : length
    }
}
