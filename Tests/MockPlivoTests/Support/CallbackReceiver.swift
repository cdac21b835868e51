#if canImport(Glibc)
    import Glibc
#endif
import Foundation
import Synchronization
@testable import HTTPServerKit


/// A test-only HTTP/1.1 server that stands in for the user's callback endpoints until HTTPServerKit's server
/// lands: POSIX sockets on one background thread, bound to 127.0.0.1 on a kernel-chosen port.
///
/// It reads each request (head plus `Content-Length` body), records it, then answers with the next scripted
/// reply and closes the connection. A request is recorded before it is answered, so once the client has its
/// response the request is visible in `requests`: tests need no sleeps.
final class CallbackReceiver: Sendable {
    /// What to do with the next request.
    enum Reply: Sendable {
        case respond(
            status: Int, contentType: String = "application/xml", body: String, headers: [String: String] = [:])
        /// A 200 whose body need not be text: an audio file a `<Play>` fetches.
        case file(contentType: String, bytes: [UInt8])
        /// Write these bytes as they are, whatever they are, then close: chunked bodies, broken heads.
        case raw(String)
        /// Write these bytes as soon as the connection is accepted, without reading a request, then close: a
        /// server of another protocol, as a TLS client meets it.
        case speakFirst(String)
        /// Close the connection without a byte of response.
        case close
        /// Keep the connection open without answering, until the receiver stops: a hung server.
        case hold

        static let plivoXML = respond(status: 200, body: "<Response><Speak>Hello</Speak></Response>")
        static let ok = respond(status: 200, contentType: "text/plain", body: "OK")
    }

    /// A request as the receiver saw it on the wire.
    struct ReceivedRequest: Sendable {
        var method: String
        var target: String
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        /// The URL a callback handler would reconstruct: scheme, `Host` header and request target.
        var url: String { "http://\(header("Host") ?? "")\(target)" }
        var path: String { String(target.prefix { $0 != "?" }) }
        var queryParameters: [String: String] {
            guard let question = target.firstIndex(of: "?") else { return [:] }
            return Self.dictionary(FormURLEncoding.decode(target[target.index(after: question)...]))
        }
        var formParameters: [String: String] {
            Self.dictionary(FormURLEncoding.decode(String(decoding: body, as: UTF8.self)))
        }

        private static func dictionary(_ pairs: [(name: String, value: String)]) -> [String: String] {
            Dictionary(pairs.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
        }
    }

    struct SocketError: Error, CustomStringConvertible {
        var call: String
        var code: Int32
        var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
    }

    private struct State {
        var replies: [Reply]
        /// Replies by request path, for every request to that path (a call's answer URL, its hangup URL).
        var byPath: [String: Reply] = [:]
        var requests: [ReceivedRequest] = []
        var held: [Int32] = []
    }

    let port: UInt16
    private let listener: Int32
    private let state: Mutex<State>

    /// Answers each request to one of `paths` with that path's reply, every time; anything else as `init(replies:)`.
    convenience init(paths: [String: Reply]) throws {
        try self.init(replies: [])
        state.withLock { $0.byPath = paths }
    }

    /// Sets the reply for every later request to `path`.
    func reply(to path: String, with reply: Reply) {
        state.withLock { $0.byPath[path] = reply }
    }

    init(replies: [Reply]) throws {
        listener = try Self.makeListener()
        do {
            port = try Self.boundPort(of: listener)
        } catch {
            Glibc.close(listener)
            throw error
        }
        state = Mutex(State(replies: replies))
        Thread { [self] in acceptLoop() }.start()
    }

    /// `http://127.0.0.1:<port><path>`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    var requests: [ReceivedRequest] { state.withLock { $0.requests } }

    /// The requests, once at least `count` have arrived (or whatever came within `timeout`): for callbacks the
    /// mock sends on its own time, such as status reports.
    func requests(atLeast count: Int, within timeout: Duration = .seconds(10)) -> [ReceivedRequest] {
        let deadline = ContinuousClock.now + timeout
        while requests.count < count && ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.005)
        }
        return requests
    }

    /// Stops accepting; the thread closes every socket it owns and exits. Does not wait, so it is safe to call
    /// from a task.
    func stop() {
        // shutdown(2) on a listening socket wakes a blocked accept(2) with EINVAL on Linux.
        _ = shutdown(listener, Int32(SHUT_RDWR))
    }

    /// A port nothing listens on: bound, read back, closed. Connecting to it is refused.
    static func closedPort() throws -> UInt16 {
        let socket = try makeListener()
        defer { Glibc.close(socket) }
        return try boundPort(of: socket)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                break
            }
            var timeout = timeval(tv_sec: 5, tv_usec: 0)
            _ = setsockopt(
                connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            serve(connection)
        }
        let held = state.withLock { state in
            defer { state.held = [] }
            return state.held
        }
        held.forEach { _ = Glibc.close($0) }
        Glibc.close(listener)
    }

    private func serve(_ connection: Int32) {
        let greeting = state.withLock { state -> String? in
            guard case .speakFirst(let text)? = state.replies.first else { return nil }
            state.replies.removeFirst()
            return text
        }
        if let greeting {
            Self.write(Array(greeting.utf8), to: connection)
            Glibc.close(connection)
            return
        }
        guard let request = Self.readRequest(connection) else {
            Glibc.close(connection)
            return
        }
        let reply = state.withLock { state in
            state.requests.append(request)
            if let reply = state.byPath[request.path] { return reply }
            return state.replies.isEmpty ? Reply.ok : state.replies.removeFirst()
        }
        switch reply {
        case .respond(let status, let contentType, let body, let headers):
            var head = "HTTP/1.1 \(status) Scripted\r\nContent-Type: \(contentType)\r\n"
            head += "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n"
            for (name, value) in headers {
                head += "\(name): \(value)\r\n"
            }
            Self.write(Array((head + "\r\n" + body).utf8), to: connection)
            Glibc.close(connection)
        case .file(let contentType, let bytes):
            let head = "HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\nContent-Length: \(bytes.count)\r\nConnection: close\r\n\r\n"
            Self.write(Array(head.utf8) + bytes, to: connection)
            Glibc.close(connection)
        case .raw(let text):
            Self.write(Array(text.utf8), to: connection)
            Glibc.close(connection)
        case .close, .speakFirst:
            Glibc.close(connection)
        case .hold:
            state.withLock { $0.held.append(connection) }
        }
    }
}
