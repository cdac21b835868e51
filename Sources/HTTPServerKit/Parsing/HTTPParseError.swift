/// Why a request could not be parsed. Each case knows the status the server answers with before it closes the
/// connection (RFC 9112 §2.2: a server that cannot frame a message responds with a 4xx and closes).
public enum HTTPParseError: Error, Equatable, Sendable {
    case invalidRequestLine
    case invalidMethod
    case invalidTarget
    case unsupportedVersion
    case requestLineTooLong
    case invalidHeader
    case headerSectionTooLarge
    case tooManyHeaders
    case missingHost
    case duplicateHost
    case invalidContentLength
    case conflictingContentLengths
    case contentLengthWithTransferEncoding
    case unsupportedTransferEncoding
    case invalidChunk
    case bodyTooLarge

    /// The status to answer with.
    public var status: HTTPStatus {
        switch self {
        case .requestLineTooLong: .uriTooLong
        case .headerSectionTooLarge, .tooManyHeaders: .requestHeaderFieldsTooLarge
        case .bodyTooLarge: .payloadTooLarge
        case .unsupportedVersion: .httpVersionNotSupported
        default: .badRequest
        }
    }

    /// A short, human-readable reason for logs and the error body.
    public var reason: String {
        switch self {
        case .invalidRequestLine: "malformed request line"
        case .invalidMethod: "invalid method token"
        case .invalidTarget: "invalid request target"
        case .unsupportedVersion: "only HTTP/1.0 and HTTP/1.1 are supported"
        case .requestLineTooLong: "request line too long"
        case .invalidHeader: "malformed header field"
        case .headerSectionTooLarge: "header section too large"
        case .tooManyHeaders: "too many header fields"
        case .missingHost: "HTTP/1.1 request without Host"
        case .duplicateHost: "more than one Host header"
        case .invalidContentLength: "invalid Content-Length"
        case .conflictingContentLengths: "differing Content-Length values"
        case .contentLengthWithTransferEncoding: "both Content-Length and Transfer-Encoding"
        case .unsupportedTransferEncoding: "unsupported Transfer-Encoding"
        case .invalidChunk: "malformed chunked body"
        case .bodyTooLarge: "request body too large"
        }
    }
}
