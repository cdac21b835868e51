extension CallbackRequest {
    /// The header lines to send, in order: the request's own, then what the URL implies. Lines with CR or LF
    /// are dropped rather than let split the head, and framing headers are the client's business.
    func headerLines(for target: CallbackTarget) -> [String] {
        let reserved = ["host", "content-length", "connection", "transfer-encoding", "expect"]
        var lines: [String] = []
        for (name, value) in headers where !reserved.contains(name.lowercased()) {
            guard !(name + value).utf8.contains(where: { $0 == 0x0D || $0 == 0x0A }) else { continue }
            lines.append("\(name): \(value)")
        }
        let has = { (name: String) in headers.contains { $0.name.lowercased() == name } }
        if let authorization = target.authorization, !has("authorization") {
            lines.append("Authorization: \(authorization)")
        }
        if !has("accept") { lines.append("Accept: */*") }
        return lines
    }

    /// The request on the wire (RFC 9112 §3): request line, `Host`, the headers, framing, `Connection`, then the
    /// body. A GET carries its parameters in the URL and sends no body.
    func wireBytes(for target: CallbackTarget, keepAlive: Bool) -> [UInt8] {
        var head = "\(method) \(target.requestTarget) HTTP/1.1\r\nHost: \(target.hostHeader)\r\n"
        for line in headerLines(for: target) {
            head += line + "\r\n"
        }
        let body = method == "GET" ? [] : body
        if method != "GET" {
            head += "Content-Length: \(body.count)\r\n"
        }
        head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n"
        return Array(head.utf8) + body
    }
}
