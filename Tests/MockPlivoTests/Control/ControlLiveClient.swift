#if canImport(Glibc)
#endif
import Foundation
import Glibc


/// A blocking HTTP/1.1 client for live control tests: one request per connection (`Connection: close`), read to
/// end of stream, so a dropped connection shows as no bytes at all.
enum ControlLiveClient {
    static func send(
        port: Int, _ method: String, _ target: String, as credentials: ControlTestApp.Credentials? = nil,
        json: String? = nil, timeoutSeconds: Int = 20
    ) throws -> ControlTestResponse {
        let body = Array((json ?? "").utf8)
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: \(body.count)\r\n"
        if json != nil { head += "Content-Type: application/json\r\n" }
        if let credentials {
            let basic = Data("\(credentials.authID):\(credentials.authToken)".utf8).base64EncodedString()
            head += "Authorization: Basic \(basic)\r\n"
        }
        return try send(port: port, raw: Array((head + "\r\n").utf8) + body, timeoutSeconds: timeoutSeconds)
    }

    /// Sends `request` exactly as given, malformed or not, and reads the answer to end of stream.
    static func send(port: Int, raw request: [UInt8], timeoutSeconds: Int = 20) throws -> ControlTestResponse {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ControlTestError("socket: errno \(errno)") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw ControlTestError("connect: errno \(errno)") }
        guard Glibc.send(fd, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else {
            throw ControlTestError("send: errno \(errno)")
        }

        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count > 0 { received += buffer[0..<count]; continue }
            if count == 0 || errno == ECONNRESET { break }
            throw ControlTestError("recv: errno \(errno)")
        }
        return try parse(received)
    }

    static func parse(_ bytes: [UInt8]) throws -> ControlTestResponse {
        guard !bytes.isEmpty else { return .droppedConnection }
        let separator = Array("\r\n\r\n".utf8)
        guard let end = (0...(bytes.count - separator.count)).first(where: {
            bytes[$0..<$0 + separator.count].elementsEqual(separator)
        }) else { throw ControlTestError("no end of head in \(bytes.count) bytes") }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw ControlTestError("bad status line \(lines[0])")
        }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return ControlTestResponse(status: status, headers: headers, body: Array(bytes[(end + separator.count)...]))
    }
}
