import FoundationEssentials
import HTTPServerKit
import PlivoSupport

/// One API request as the journal remembers it: what the client sent (credentials masked, body truncated) and
/// how the mock answered. Secret values in the body and the query are masked as the entry is made, so no stored
/// entry holds one; header values are masked when written out.
struct JournalEntry: Sendable {
    /// Bodies longer than this are cut, so one large upload cannot take a large share of the bounded journal.
    static let maxBodyBytes = 4096

    /// 1, 2, 3… in the order answers were recorded, for the life of the process; never reused, also after a clear.
    var sequence: Int
    /// When the request arrived. Formatted only when read (``timestamp``): recording stays cheap on the hot path.
    var arrival: Date
    var method: String
    /// The path, credentials of a URL in it masked.
    var path: String
    /// The query string, secret parameters masked.
    var query: String?
    /// Header fields as sent. Credential-bearing values are masked when the entry is written out
    /// (``write(into:)``), not here: recording runs for every API request and must stay cheap, and the journal
    /// never leaves the process but through that method.
    var headers: HTTPHeaders
    /// The body with secret values masked, cut at ``maxBodyBytes`` bytes; decoded only when read.
    var bodyPrefix: [UInt8]
    /// The body's full size in bytes, as sent.
    var bodySize: Int
    /// Whether ``bodyPrefix`` was cut.
    var bodyTruncated: Bool
    /// The `{auth_id}` of a `/v1/Account/{auth_id}/…` path, as the router read it; `nil` for other paths.
    var account: String?
    /// The status sent; `nil` when the connection was dropped by a fault rule.
    var status: Int?
    /// Milliseconds from the request reaching the router to the answer being ready (fault latency included).
    var durationMS: Double

    /// The body as UTF-8 text (invalid bytes replaced), secret values (an endpoint's `password`, tokens) masked,
    /// cut at ``maxBodyBytes``.
    var body: String { String(decoding: bodyPrefix, as: UTF8.self) }

    /// The arrival time as `2026-11-23T09:15:34.123Z`.
    var timestamp: String { Self.format(arrival) }

    /// Records `request` as it arrived; `status` and `durationMS` are filled in when the answer is known.
    /// Borrowed: an initializer takes its arguments owned, so the caller copied the whole request for it.
    init(sequence: Int, request: borrowing HTTPRequest, account: String?, arrival: Date) {
        self.sequence = sequence
        self.account = account
        self.arrival = arrival
        method = request.method.rawValue
        path = SecretMasker.maskingURLCredentials(request.path)
        query = request.query.map(Self.maskingSecretParameters(inQuery:))
        headers = request.headers
        bodySize = request.body.count
        (bodyPrefix, bodyTruncated) = Self.storedBody(request.body)
        status = nil
        durationMS = 0
    }

    /// Keeps the scheme of `Authorization` (`Basic ****`), so a test can still see which kind was sent; hides any
    /// header that names a token, secret, password, cookie or signature entirely.
    static func masked(name: String, value: String) -> String {
        let lowered = name.lowercased()
        if lowered == "authorization" || lowered == "proxy-authorization" {
            let scheme = value.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            return scheme.isEmpty || scheme == value ? "****" : "\(scheme) ****"
        }
        return isSecret(name) ? "****" : SecretMasker.maskingURLCredentials(value)
    }

    /// Whether a header or parameter name names a credential (``SecretMasker/isSecret(_:)-(String)``).
    static func isSecret(_ name: String) -> Bool { SecretMasker.isSecret(name) }

    /// Writes the entry as a JSON object, keys in alphabetical order like every other body the mock sends.
    func write(into json: inout JSONWriter) {
        json.object { object in
            object.member("account", account)
            object.member("body", body)
            object.member("body_size", bodySize)
            object.member("body_truncated", bodyTruncated)
            object.member("dropped", status == nil)
            object.member("duration_ms", durationMS)
            object.key("headers")
            object.object { fields in
                // Repeated fields are joined as RFC 9110 §5.3 allows, so the object stays a plain map.
                var seen: [String] = []
                for (name, _) in headers where !seen.contains(where: { $0.lowercased() == name.lowercased() }) {
                    seen.append(name)
                    let values = headers.values(for: name).map { Self.masked(name: name, value: $0) }
                    fields.member(name, values.joined(separator: ", "))
                }
            }
            object.member("method", method)
            object.member("path", path)
            object.member("query", query)
            object.member("sequence", sequence)
            if let status { object.member("status", status) } else { object.member("status", nil as String?) }
            object.member("timestamp", timestamp)
        }
    }

    private static func format(_ date: Date) -> String {
        let millis = Int((date.timeIntervalSince1970 * 1000).rounded(.down)) % 1000
        let digits = String(millis)
        let padded = String(repeating: "0", count: 3 - digits.count) + digits
        return Timestamps.dateTime(date).replacing(" ", with: "T") + ".\(padded)Z"
    }
}
