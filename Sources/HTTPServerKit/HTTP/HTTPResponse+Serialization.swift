extension HTTPResponse {
    /// Appends the wire form of this response to `buffer`: status line, the handler's headers, then the framing
    /// headers the server owns (`Content-Length`, `Connection`), and the body.
    ///
    /// `includeBody` is false for HEAD (RFC 9110 §9.3.2: same headers, no content). `date` is the preformatted
    /// IMF-fixdate the event loop refreshes once a second, as nginx does.
    func serialize(into buffer: inout [UInt8], keepAlive: Bool, includeBody: Bool, date: String) {
        buffer.append(literal: "HTTP/1.1 ")
        appendDecimal(status.code, to: &buffer)
        buffer.append(UInt8(ascii: " "))
        buffer.append(utf8: status.reasonPhrase)
        buffer.append(literal: "\r\n")
        var hasDate = false
        for (name, value) in headers {
            // Framing is the server's business: a handler's own Content-Length or Connection could desynchronise
            // the client, so they are replaced.
            if name.isEqualIgnoringASCIICase("Content-Length") || name.isEqualIgnoringASCIICase("Connection")
                || name.isEqualIgnoringASCIICase("Transfer-Encoding")
            {
                continue
            }
            if name.isEqualIgnoringASCIICase("Date") { hasDate = true }
            buffer.append(utf8: name)
            buffer.append(literal: ": ")
            buffer.append(utf8: value)
            buffer.append(literal: "\r\n")
        }
        if !hasDate {
            buffer.append(literal: "Date: ")
            buffer.append(utf8: date)
            buffer.append(literal: "\r\n")
        }
        if status.allowsContent {
            buffer.append(literal: "Content-Length: ")
            appendDecimal(body.count, to: &buffer)
            buffer.append(literal: "\r\n")
        }
        buffer.append(literal: keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n")
        if includeBody && status.allowsContent {
            buffer.append(contentsOf: body)
        }
    }

    /// Writes a non-negative integer's digits without building a `String`: this runs twice per response.
    private func appendDecimal(_ value: Int, to buffer: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var remaining = max(0, value)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { scratch in
            repeat {
                scratch[19 - count] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
                count += 1
            } while remaining > 0
            buffer.append(contentsOf: scratch[(20 - count)...])
        }
    }
}
