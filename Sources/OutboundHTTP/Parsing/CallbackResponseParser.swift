/// Reads one HTTP/1.1 response as its bytes arrive, for the callback client. Pure, bytes in and progress out, so
/// it is tested on tables of raw responses fed whole and byte by byte, with no socket.
///
/// Framing follows RFC 9112 §6.3 for a response to GET or POST: no body after 1xx, 204 and 304; a chunked body
/// when `Transfer-Encoding` ends in `chunked`; a body up to the connection's close for any other transfer coding
/// or when there is no `Content-Length`; else `Content-Length` bytes. Interim responses (a `100 Continue` nobody
/// asked for) are skipped. At most `maxBodyBytes` of the body are kept: the first byte past them completes the
/// response as truncated, and the caller stops reading, since the rest is never needed and may be unbounded.
///
/// Once a response is complete, ``connectionReusable`` says whether the connection may carry another request
/// (RFC 9112 §9.3): the response ended where its framing said, was read whole, and neither side asked to close.
package struct CallbackResponseParser {
    package enum Progress: Equatable {
        case needMoreData
        case complete(CallbackHTTPResponse)
    }

    /// Why the bytes are not a usable response; `reason` reads as a sentence for the simulation record.
    package struct Failure: Error, Equatable {
        package var reason: String

        package init(reason: String) { self.reason = reason }
    }

    /// The largest status line plus header section accepted, as servers bound request heads.
    static let maxHeadBytes = 64 * 1024
    /// The largest chunk-size line, extensions included.
    static let maxChunkLineBytes = 1024

    enum Framing: Equatable {
        case length(remaining: Int)
        case chunked(Chunk)
        case untilClose
    }

    enum Chunk: Equatable {
        case sizeLine
        case data(remaining: Int)
        /// The CRLF after a chunk's data.
        case dataEnd
        /// After the last chunk: trailer fields up to a blank line (RFC 9112 §7.1.2), read so that the
        /// connection is left at the start of the next response.
        case trailer
    }

    enum State: Equatable {
        case head
        case body(Framing)
        case done
    }

    let maxBodyBytes: Int
    var state = State.head
    /// Received bytes not yet consumed: part of a head or of a chunk-size line, or body bytes about to be kept.
    var pending: [UInt8] = []
    /// Where the search for the end of the head resumes, so that a head arriving byte by byte is scanned once.
    var headScanOffset = 0
    var status = 0
    var contentType: String?
    /// The final response's `Content-Length`, when its body is framed by one.
    var declaredLength: Int?
    var body: [UInt8] = []
    /// The head allows another request on this connection: HTTP/1.1 without `Connection: close`, or HTTP/1.0
    /// with `Connection: keep-alive` (RFC 9112 §9.3), and a body delimited by its framing rather than the close.
    var persistent = false
    /// The body was cut at `maxBodyBytes`: the rest is unread, so the connection cannot be reused.
    var truncated = false

    package init(maxBodyBytes: Int) {
        self.maxBodyBytes = max(maxBodyBytes, 0)
    }

    /// Consumes `bytes`. Once `.complete` is returned the parser is done and further bytes are ignored.
    package mutating func parse(_ bytes: some Sequence<UInt8>) throws(Failure) -> Progress {
        if case .done = state { return .complete(response(truncated: false)) }
        pending.append(contentsOf: bytes)
        while true {
            switch state {
            case .done:
                return .complete(response(truncated: false))
            case .head:
                guard try parseHead() else { return .needMoreData }
            case .body(.length(let remaining)):
                let (taken, truncated) = keepPending(upTo: remaining)
                if truncated { return .complete(response(truncated: true)) }
                if remaining - taken > 0 {
                    state = .body(.length(remaining: remaining - taken))
                    return .needMoreData
                }
                state = .done
            case .body(.untilClose):
                if keepPending(upTo: pending.count).truncated { return .complete(response(truncated: true)) }
                return .needMoreData
            case .body(.chunked(let chunk)):
                if let progress = try parseChunked(chunk) { return progress }
            }
        }
    }

    /// The connection closed: completes a body read up to the close, or says what was cut short.
    package mutating func finish() throws(Failure) -> CallbackHTTPResponse {
        switch state {
        case .done, .body(.untilClose):
            state = .done
            persistent = false
            return response(truncated: false)
        case .body(.chunked(.trailer)):
            // The body is whole; only the end of the trailer section is missing.
            state = .done
            persistent = false
            return response(truncated: false)
        case .head where status == 0 && pending.isEmpty:
            throw Failure(reason: "the server closed the connection without responding")
        case .head:
            throw Failure(reason: "the server closed the connection in the middle of the response head")
        case .body(.length(let remaining)):
            throw Failure(reason: "the server closed the connection \(remaining) bytes before the end of the body")
        case .body(.chunked):
            throw Failure(reason: "the server closed the connection before the last chunk of the body")
        }
    }

    /// True once a complete response leaves the connection ready for another request: read whole, framed by
    /// length or chunks, persistent by its head, and followed by no stray bytes.
    package var connectionReusable: Bool {
        state == .done && persistent && !truncated && pending.isEmpty
    }

    mutating func response(truncated: Bool) -> CallbackHTTPResponse {
        if truncated { self.truncated = true }
        return CallbackHTTPResponse(
            status: status, contentType: contentType, body: body, bodyTruncated: truncated, declaredBodyLength: declaredLength)
    }

    /// Moves up to `limit` pending bytes into the body, keeping at most `maxBodyBytes` in all. Returns how many
    /// were consumed and whether one of them did not fit.
    mutating func keepPending(upTo limit: Int) -> (taken: Int, truncated: Bool) {
        let taken = min(limit, pending.count)
        let room = maxBodyBytes - body.count
        body.append(contentsOf: pending[..<min(taken, room)])
        pending.removeFirst(taken)
        return (taken, taken > room)
    }
}
