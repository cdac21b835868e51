import HTTPServerKit
import PlivoSupport
import Primitives

/// One line per request at debug level: peer, method, path (never the query or headers, which may carry
/// credentials; a URL's credentials in the path are masked), status, body size and time taken; deferred answers
/// are logged when they complete.
///
/// Why debug, not info: at info, the default level, these lines cost a tenth of a GET's throughput even written
/// in batches per event loop (9% of the rate, 11% of the CPU per request: `BENCH_CONFIG=defaults
/// ARGS_A='--log-level debug' scripts/bench-ab.sh get 8 BIN BIN`), and every
/// request is in the journal and the console already; WireMock is quiet by default for the same reason. When on,
/// the line is written as bytes, not through string interpolation (whose `Double` formatting alone cost more than
/// a microsecond a request), and handed to ``LogOutput``, which writes it off the event loop.
struct AccessLogMiddleware: HTTPMiddleware {
    let logger: Logger

    func handle(
        _ request: HTTPRequest, context: HTTPRequestContext,
        next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        guard logger.isEnabled(.debug) else { return try next(request, context) }
        let start = MonotonicInstant.now
        let response = try next(request, context)
        let path = SecretMasker.maskingURLCredentials(request.path)
        // Most answers are immediate: logged here, without the closure `map` allocates for deferred ones.
        guard response.isDeferred else {
            Self.log(response, to: request.method, path, from: context.connection.remoteAddress, since: start, logger)
            return response
        }
        let logger = logger
        let peer = context.connection.remoteAddress
        let method = request.method
        return response.map { response in
            Self.log(response, to: method, path, from: peer, since: start, logger)
            return response
        }
    }

    private static func log(
        _ response: HTTPResponse, to method: HTTPMethod, _ path: String, from peer: String,
        since start: MonotonicInstant, _ logger: Logger
    ) {
        let microseconds = max(0, MonotonicInstant.now.nanoseconds(since: start) / 1_000)
        logger.debug(capacity: peer.utf8.count + path.utf8.count + 48) { line in
            line.append(contentsOf: peer.utf8)
            line.append(UInt8(ascii: " "))
            line.append(contentsOf: method.rawValue.utf8)
            line.append(UInt8(ascii: " "))
            line.append(contentsOf: path.utf8)
            line.append(UInt8(ascii: " "))
            if response.dropsConnection {
                line.append(contentsOf: "dropped".utf8)
            } else {
                appendDecimal(response.status.code, to: &line)
            }
            line.append(UInt8(ascii: " "))
            appendDecimal(response.body.count, to: &line)
            line.append(contentsOf: "B ".utf8)
            // Milliseconds with three decimals.
            appendDecimal(Int(microseconds / 1_000), to: &line)
            line.append(UInt8(ascii: "."))
            let fraction = Int(microseconds % 1_000)
            if fraction < 100 { line.append(UInt8(ascii: "0")) }
            if fraction < 10 { line.append(UInt8(ascii: "0")) }
            appendDecimal(fraction, to: &line)
            line.append(contentsOf: "ms".utf8)
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
