#if canImport(Glibc)
#endif
import Glibc
@testable import PlivoSupport


/// A blocking POSIX-socket client that speaks raw bytes, so live tests can send what no polite client would
/// (pipelined, split, malformed or abandoned requests) and see exactly what the server writes back.
///
/// Every read waits with `poll(2)` against a deadline, so a server that stays silent fails the test instead of
/// hanging it. One client belongs to one test; it is not `Sendable`.
final class RawHTTPClient {
    enum Failure: Error, CustomStringConvertible {
        case connect(errno: Int32)
        case send(errno: Int32)
        case read(errno: Int32)
        /// The deadline passed before the expected bytes arrived.
        case timedOut(received: [UInt8])
        /// The server closed (or reset) before the expected responses were complete.
        case closedEarly(responses: Int, received: [UInt8])

        var description: String {
            switch self {
            case .connect(let code): "connect failed: errno \(code)"
            case .send(let code): "send failed: errno \(code)"
            case .read(let code): "read failed: errno \(code)"
            case .timedOut(let bytes): "timed out with \(bytes.count) unparsed bytes: \(String(decoding: bytes, as: UTF8.self).debugDescription)"
            case .closedEarly(let count, let bytes): "closed after \(count) responses and \(bytes.count) unparsed bytes"
            }
        }
    }

    /// How a connection ended, as seen from the client.
    enum Ending: Equatable {
        /// An orderly close (FIN).
        case closed
        /// A reset (RST), which a client sees when the server closes with unread input.
        case reset
    }

    private var fd: Int32
    private var buffer: [UInt8] = []
    private(set) var ending: Ending?

    /// Connects to `host:port` (an IPv4 or IPv6 literal).
    init(host: String = "127.0.0.1", port: Int) throws {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let address = list else {
            throw Failure.connect(errno: EINVAL)
        }
        defer { freeaddrinfo(list) }
        fd = socket(address.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure.connect(errno: errno) }
        guard Glibc.connect(fd, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 else {
            let code = errno
            Glibc.close(fd)
            // A class whose stored properties are all set runs `deinit` when its init throws: without this, the
            // descriptor would be closed twice, the second time under whichever socket reused its number.
            fd = -1
            throw Failure.connect(errno: code)
        }
    }

    deinit { if fd >= 0 { Glibc.close(fd) } }

    /// Sends all of `text` as UTF-8.
    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    /// Sends all of `bytes`; `MSG_NOSIGNAL` turns a closed peer into an error rather than a `SIGPIPE`.
    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure.send(errno: errno)
            }
            sent += count
        }
    }

    /// Reads until `count` complete responses are parsed. Interim `1xx` responses count as responses.
    /// `bodiless` tells which of them (by index) answer a `HEAD` and so carry headers only.
    func readResponses(
        _ count: Int, timeout: Duration = .seconds(5), bodiless: Set<Int> = []
    ) throws -> [RawHTTPResponse] {
        let deadline = ContinuousClock.now + timeout
        var responses: [RawHTTPResponse] = []
        while responses.count < count {
            if let (response, consumed) = RawHTTPResponse.parse(buffer, bodiless: bodiless.contains(responses.count)) {
                responses.append(response)
                buffer.removeFirst(consumed)
                continue
            }
            guard try fill(until: deadline) else {
                throw Failure.closedEarly(responses: responses.count, received: buffer)
            }
        }
        return responses
    }

    /// Reads one complete response.
    func readResponse(timeout: Duration = .seconds(5), bodiless: Bool = false) throws -> RawHTTPResponse {
        try readResponses(1, timeout: timeout, bodiless: bodiless ? [0] : [])[0]
    }

    /// Reads until at least `count` bytes have arrived and returns them, unparsed.
    func readBytes(atLeast count: Int, timeout: Duration = .seconds(5)) throws -> [UInt8] {
        let deadline = ContinuousClock.now + timeout
        while buffer.count < count {
            guard try fill(until: deadline) else { throw Failure.closedEarly(responses: 0, received: buffer) }
        }
        defer { buffer.removeAll() }
        return buffer
    }

    /// Reads until the server ends the connection and returns whatever unparsed bytes came before the end.
    /// Throws ``Failure/timedOut(received:)`` if the connection is still open at the deadline.
    func readUntilClosed(timeout: Duration = .seconds(5)) throws -> [UInt8] {
        let deadline = ContinuousClock.now + timeout
        while try fill(until: deadline) {}
        defer { buffer.removeAll() }
        return buffer
    }

    /// Half-closes: the server reads end-of-input, but can still write its answers.
    func finishSending() {
        _ = shutdown(fd, Int32(SHUT_WR))
    }

    /// Closes in order (FIN), as a client that gives up on an answer does.
    func close() {
        Glibc.close(fd)
        fd = -1
    }

    /// Closes with a reset (`SO_LINGER` 0), the way a crashed client or a cut cable looks to the server.
    func reset() {
        var option = linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        Glibc.close(fd)
        fd = -1
    }

    /// Waits for bytes and appends them; false once the connection has ended.
    private func fill(until deadline: ContinuousClock.Instant) throws -> Bool {
        if ending != nil { return false }
        while true {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { throw Failure.timedOut(received: buffer) }
            let milliseconds = remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(max(1, milliseconds)))
            if ready < 0 && errno != EINTR { throw Failure.read(errno: errno) }
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let count = chunk.withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                return true
            }
            if count == 0 {
                ending = .closed
                return false
            }
            switch errno {
            case EINTR, EAGAIN: continue
            case ECONNRESET:
                ending = .reset
                return false
            default: throw Failure.read(errno: errno)
            }
        }
    }
}
