import Testing
@testable import HTTPServerKit

/// What a parser made of a byte stream fed the way a connection feeds it: the requests in order, then how it stopped.
struct ParseTranscript {
    var requests: [RequestSummary] = []
    var error: HTTPParseError?
    /// Bytes received but not consumed when the input ran out.
    var pending = 0
}

/// The parts of an ``HTTPRequest`` a test compares, as an `Equatable` value with a readable failure message.
struct RequestSummary: Equatable, CustomStringConvertible {
    var method: String
    var target: String
    var path: String
    var query: String?
    var version: HTTPVersion
    var headers: HTTPHeaders
    var body: [UInt8]
    var keepAlive: Bool

    init(_ request: HTTPRequest) {
        method = request.method.rawValue
        target = request.target
        path = request.path
        query = request.query
        version = request.version
        headers = request.headers
        body = request.body
        keepAlive = request.keepAlive
    }

    var description: String {
        let text = String(decoding: body, as: UTF8.self)
        return "\(method) \(target) \(version) \(Array(headers)) body=\(text.debugDescription)"
    }
}

/// Feeds raw requests to a fresh parser and checks that the result does not depend on how the bytes arrive.
enum ParserFeeding {
    /// A short, valid request placed before and between the row under test when pipelining.
    static let neighbour = Array("GET /neighbour HTTP/1.1\r\nHost: example.com\r\n\r\n".utf8)

    /// Runs a parser over `pieces` as successive reads: each is appended to the connection buffer, the buffer is
    /// parsed from its start, and the bytes of every request are dropped, as the parser's contract asks.
    static func transcript(of pieces: [ArraySlice<UInt8>], limits: HTTPParserLimits) -> ParseTranscript {
        var parser = HTTPRequestParser(limits: limits)
        var buffer: [UInt8] = []
        var transcript = ParseTranscript()
        for piece in pieces {
            buffer.append(contentsOf: piece)
            do throws(HTTPParseError) {
                while case .request(let request, let consumed) = try parser.parse(buffer) {
                    transcript.requests.append(RequestSummary(request))
                    buffer.removeFirst(consumed)
                }
            } catch {
                transcript.error = error
                return transcript
            }
        }
        transcript.pending = buffer.count
        return transcript
    }

    /// The same bytes delivered in one read, then one byte per read.
    static func everySplit(of bytes: [UInt8], limits: HTTPParserLimits) -> [(String, ParseTranscript)] {
        [
            ("all at once", transcript(of: [bytes[...]], limits: limits)),
            ("byte by byte", transcript(of: bytes.map { [$0][...] }, limits: limits)),
        ]
    }

    /// Parses `raw` all at once, byte by byte, and pipelined (`raw`, a neighbour, `raw` again, in one buffer and
    /// byte by byte); expects the same single request every way and returns it.
    @discardableResult
    static func parseEveryWay(
        _ raw: String,
        limits: HTTPParserLimits = HTTPParserLimits(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> RequestSummary {
        let bytes = Array(raw.utf8)
        let first = transcript(of: [bytes[...]], limits: limits)
        #expect(first.error == nil, "all at once", sourceLocation: sourceLocation)
        let request = try #require(first.requests.first, "no request parsed", sourceLocation: sourceLocation)
        for (way, result) in everySplit(of: bytes, limits: limits) {
            #expect(result.requests == [request], "\(way)", sourceLocation: sourceLocation)
            #expect(result.error == nil && result.pending == 0, "\(way)", sourceLocation: sourceLocation)
        }
        let neighbourRequest = transcript(of: [neighbour[...]], limits: limits).requests
        for (way, result) in everySplit(of: bytes + neighbour + bytes, limits: limits) {
            #expect(
                result.requests == [request] + neighbourRequest + [request], "pipelined \(way)",
                sourceLocation: sourceLocation)
            #expect(result.error == nil && result.pending == 0, "pipelined \(way)", sourceLocation: sourceLocation)
        }
        return request
    }

    /// Expects `raw` to fail with `expected` all at once, byte by byte, and pipelined behind a valid request,
    /// which must still be answered.
    static func expectErrorEveryWay(
        _ raw: String,
        _ expected: HTTPParseError,
        limits: HTTPParserLimits = HTTPParserLimits(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let bytes = Array(raw.utf8)
        for (way, result) in everySplit(of: bytes, limits: limits) {
            #expect(result.error == expected, "\(way)", sourceLocation: sourceLocation)
            #expect(result.requests.isEmpty, "\(way)", sourceLocation: sourceLocation)
        }
        for (way, result) in everySplit(of: neighbour + bytes, limits: limits) {
            #expect(result.error == expected, "pipelined \(way)", sourceLocation: sourceLocation)
            #expect(result.requests.count == 1, "pipelined \(way)", sourceLocation: sourceLocation)
        }
    }
}
