import HTTPServerKit
import PlivoSupport
import Primitives

/// One line per request at info level: peer, method, path (never the query or headers, which may carry
/// credentials; a URL's credentials in the path are masked), status, body size and time taken; deferred answers
/// are logged when they complete.
///
/// At the default level this runs on every request, so the line is written as bytes, not through string
/// interpolation (whose `Double` formatting alone cost more than a microsecond a request), and handed to
/// ``LogOutput``, which writes it off the event loop.
struct AccessLogMiddleware: HTTPMiddleware {
    let logger: Logger

    func handle(
        _ request: HTTPRequest, context: HTTPRequestContext,
        next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        guard logger.isEnabled(.info) else { return try next(request, context) }
        let start = MonotonicInstant.now
        let response = try next(request, context)
        let logger = logger
        let peer = context.connection.remoteAddress
        let method = request.method
        let path = SecretMasker.maskingURLCredentials(request.path)
        return response.map { response in
            let microseconds = max(0, MonotonicInstant.now.nanoseconds(since: start) / 1_000)
            var line: [UInt8] = []
            line.reserveCapacity(peer.utf8.count + path.utf8.count + 48)
            line.append(contentsOf: peer.utf8)
            line.append(UInt8(ascii: " "))
            line.append(contentsOf: method.rawValue.utf8)
            line.append(UInt8(ascii: " "))
            line.append(contentsOf: path.utf8)
            line.append(UInt8(ascii: " "))
            if response.dropsConnection {
                line.append(contentsOf: "dropped".utf8)
            } else {
                Self.appendDecimal(response.status.code, to: &line)
            }
            line.append(UInt8(ascii: " "))
            Self.appendDecimal(response.body.count, to: &line)
            line.append(contentsOf: "B ".utf8)
            // Milliseconds with three decimals.
            Self.appendDecimal(Int(microseconds / 1_000), to: &line)
            line.append(UInt8(ascii: "."))
            let fraction = Int(microseconds % 1_000)
            if fraction < 100 { line.append(UInt8(ascii: "0")) }
            if fraction < 10 { line.append(UInt8(ascii: "0")) }
            Self.appendDecimal(fraction, to: &line)
            line.append(contentsOf: "ms".utf8)
            logger.info(utf8: line)
            return response
        }
    }

    /// `value` (not negative) in decimal digits, without the String a formatter would make.
    private static func appendDecimal(_ value: Int, to line: inout [UInt8]) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            line.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
