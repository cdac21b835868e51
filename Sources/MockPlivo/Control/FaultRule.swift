import PlivoSupport

/// One fault to inject: which requests it matches and what happens to them instead of (or on top of) the normal
/// answer. Made by `POST /__mock/faults`.
struct FaultRule: Sendable, Equatable {
    /// `"1"`, `"2"`… in creation order; the handle for `DELETE /__mock/faults/{id}`.
    var id: String
    /// Upper-case method, or `nil` for any.
    var method: String?
    /// A path prefix (`/v1/Account/`), or a pattern whose `:name` or `*` segments match any one segment
    /// (`/v1/Account/:authID/Application/`), matched on whole segments with the trailing slash optional.
    var path: String
    /// The path's `{auth_id}`, or `nil` for any account.
    var account: String?
    /// Answer this status with Plivo's error envelope instead of running the handler.
    var status: Int?
    /// The envelope's `error` text; defaults to the status's reason phrase in lower case.
    var message: String?
    /// Delay the answer (or the drop) by this many milliseconds.
    var latencyMS: Int
    /// Close the connection without answering.
    var drop: Bool
    /// How many more requests it applies to; `nil` for no limit. A spent rule stays listed with 0.
    var remaining: Int?
    /// The chance that a matching request is affected, 0 to 1; draws come from a seeded generator with `--seed`.
    var probability: Double
    /// How many requests it has affected.
    var applied = 0
    /// The main account whose quota the rule counts against (``FaultRules/maxRulesPerAccount``); `nil` for the
    /// administrator's. Not listed.
    var owner: String?

    var isSpent: Bool { remaining == 0 }

    /// Whether the rule concerns this request, before its count and probability are considered.
    /// `requestAccount` is the `{auth_id}` the request's path names, if any.
    func matches(method requestMethod: String, path requestPath: String, account requestAccount: String?) -> Bool {
        if let method, method != requestMethod.uppercased() { return false }
        if let account, requestAccount != account { return false }
        return Self.pathMatches(pattern: path, requestPath)
    }

    /// Segment-wise prefix matching: every pattern segment must equal the request's (or be a wildcard), and the
    /// request may go on. `/v1/Account/:authID/Application/` matches `/v1/Account/MA…/Application/123/`.
    /// A final literal segment also matches as a prefix of the request's segment (`/v1/Acc` matches `/v1/Account`),
    /// so plain path prefixes behave as users expect.
    static func pathMatches(pattern: String, _ path: String) -> Bool {
        let wanted = pattern.split(separator: "/")
        let actual = path.split(separator: "/")
        guard wanted.count <= actual.count else { return false }
        for (index, segment) in wanted.enumerated() {
            if segment.hasPrefix(":") || segment == "*" { continue }
            let isLast = index == wanted.count - 1 && !pattern.hasSuffix("/")
            if isLast ? !actual[index].hasPrefix(segment) : actual[index] != segment { return false }
        }
        return true
    }

    /// The rule as `GET /__mock/faults` lists it, keys in alphabetical order.
    func write(into json: inout JSONWriter) {
        json.object { object in
            object.member("account", account)
            object.member("applied", applied)
            object.member("drop", drop)
            object.member("id", id)
            object.member("latency_ms", latencyMS)
            object.member("message", message)
            object.member("method", method)
            object.member("path", path)
            object.member("probability", probability)
            if let remaining { object.member("remaining", remaining) } else { object.member("remaining", nil as String?) }
            if let status { object.member("status", status) } else { object.member("status", nil as String?) }
        }
    }
}
