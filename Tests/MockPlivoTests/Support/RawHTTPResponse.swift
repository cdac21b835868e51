import Foundation

/// One response as it came off the wire, parsed just enough to check what a client would notice: status, the
/// header fields in order, and a body framed by `Content-Length` (the only framing the server writes).
struct RawHTTPResponse {
    var version: String
    var status: Int
    var reason: String
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    /// The first value of the header `name`, compared case-insensitively.
    subscript(header name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// All values of the header `name`.
    func values(of name: String) -> [String] {
        headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
    }

    var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// Whether the server announced it will close: `Connection: close`.
    var closesConnection: Bool { self[header: "Connection"]?.lowercased() == "close" }

    /// Parses one response at the start of `bytes`; nil while it is incomplete. `bodiless` is for answers to
    /// `HEAD`, whose `Content-Length` describes a body that is not sent (RFC 9110 §9.3.2).
    static func parse(_ bytes: [UInt8], bodiless: Bool = false) -> (RawHTTPResponse, consumed: Int)? {
        guard let headEnd = endOfHead(in: bytes) else { return nil }
        let lines = String(decoding: bytes[..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
        let statusLine = lines[0].split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { return nil }
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.append((String(line[..<colon]), value))
        }
        var response = RawHTTPResponse(
            version: String(statusLine[0]), status: status,
            reason: statusLine.count > 2 ? String(statusLine[2]) : "", headers: headers, body: [])
        let bodyStart = headEnd + 4
        let hasBody = !bodiless && !(100..<200).contains(status) && status != 204 && status != 304
        let length = hasBody ? Int(response[header: "Content-Length"] ?? "0") ?? 0 : 0
        guard bytes.count >= bodyStart + length else { return nil }
        response.body = Array(bytes[bodyStart..<(bodyStart + length)])
        return (response, bodyStart + length)
    }

    private static func endOfHead(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }
}
