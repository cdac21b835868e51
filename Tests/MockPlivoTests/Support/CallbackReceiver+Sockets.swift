#if canImport(Glibc)
    import Glibc
#endif
import Foundation
@testable import HTTPServerKit


extension CallbackReceiver {
    /// A blocking IPv4 TCP socket listening on 127.0.0.1, port chosen by the kernel.
    static func makeListener() throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw SocketError(call: "socket", code: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = UInt32(0x7f00_0001).bigEndian
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else {
            let code = errno
            Glibc.close(socket)
            throw SocketError(call: "bind", code: code)
        }
        guard listen(socket, 16) == 0 else {
            let code = errno
            Glibc.close(socket)
            throw SocketError(call: "listen", code: code)
        }
        return socket
    }

    /// The port the kernel picked, read back with getsockname(2).
    static func boundPort(of socket: Int32) throws -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        guard result == 0 else { throw SocketError(call: "getsockname", code: errno) }
        return UInt16(bigEndian: address.sin_port)
    }

    /// Reads one request: the head up to the blank line, then exactly `Content-Length` body bytes.
    /// Nil when the peer closes early or the read times out.
    static func readRequest(_ connection: Int32) -> ReceivedRequest? {
        var buffer: [UInt8] = []
        let separator = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            guard let chunk = readChunk(connection) else { return nil }
            buffer += chunk
            headEnd = buffer.firstRange(of: separator)?.upperBound
        }
        guard let headEnd else { return nil }
        let lines = String(decoding: buffer[..<(headEnd - 4)], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ")
        guard requestLine.count == 3 else { return nil }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var request = ReceivedRequest(
            method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: [])
        let length = Int(request.header("Content-Length") ?? "0") ?? 0
        if request.header("Expect")?.lowercased() == "100-continue" {
            write(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8), to: connection)
        }
        var body = Array(buffer[headEnd...])
        while body.count < length {
            guard let chunk = readChunk(connection) else { return nil }
            body += chunk
        }
        request.body = Array(body.prefix(length))
        return request
    }

    static func write(_ bytes: [UInt8], to connection: Int32) {
        var sent = 0
        while sent < bytes.count {
            let result = bytes[sent...].withUnsafeBytes {
                send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return }
            sent += result
        }
    }

    private static func readChunk(_ connection: Int32) -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            return Array(chunk.prefix(count))
        }
    }
}

/// Runs `body` with a fresh receiver answering `replies` in order, and always stops it.
func withCallbackReceiver<T>(
    replies: [CallbackReceiver.Reply] = [], _ body: (CallbackReceiver) async throws -> T
) async throws -> T {
    let receiver = try CallbackReceiver(replies: replies)
    defer { receiver.stop() }
    return try await body(receiver)
}
