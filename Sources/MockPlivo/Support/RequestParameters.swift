import FoundationEssentials
import HTTPServerKit
import PlivoSupport

/// The parameters of a request, from a JSON body (what the SDKs send), a form body (what curl users type) or the
/// query string, read through typed, validating accessors whose errors name the parameter.
///
/// Unknown keys are simply never read, which is how Plivo treats them. `null` counts as absent, as the SDKs drop
/// `None` values anyway.
struct RequestParameters: Sendable {
    private(set) var values: [String: JSONValue]

    init(_ values: [String: JSONValue] = [:]) {
        self.values = values
    }

    /// The query string's parameters; the first occurrence of a repeated name wins.
    static func query(of request: HTTPRequest) -> RequestParameters {
        var values: [String: JSONValue] = [:]
        for (name, value) in request.queryItems where values[name] == nil {
            values[name] = .string(value)
        }
        return RequestParameters(values)
    }

    /// The body's parameters, by `Content-Type`; an empty body gives none.
    static func body(of request: HTTPRequest) throws(PlivoError) -> RequestParameters {
        let body = request.body
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return RequestParameters() }
        let sent = request.headers["Content-Type"] ?? ""
        // Lower-cased only when it needs it: SDKs send lower case, and lowercased() allocates a new String.
        let contentType = sent.utf8.contains { (0x41...0x5A).contains($0) } ? sent.lowercased() : sent
        if contentType.hasPrefix("application/x-www-form-urlencoded") {
            return form(String(decoding: body, as: UTF8.self))
        }
        if contentType.isEmpty || contentType.hasPrefix("application/json") || contentType.hasSuffix("+json")
            || contentType.hasPrefix("text/plain")
        {
            // curl -d without -H sends form data labelled as such; a body with no type is sniffed.
            if contentType.isEmpty && body.first(where: { $0 > 0x20 }) != UInt8(ascii: "{") {
                return form(String(decoding: body, as: UTF8.self))
            }
            return try json(body)
        }
        throw PlivoError(
            .badRequest,
            "unsupported Content-Type \(contentType); send application/json or application/x-www-form-urlencoded")
    }

    /// Query parameters with body parameters over them: where DELETE and list calls may use either.
    static func queryAndBody(of request: HTTPRequest) throws(PlivoError) -> RequestParameters {
        var merged = query(of: request)
        let body = try body(of: request)
        merged.values.merge(body.values) { _, fromBody in fromBody }
        return merged
    }

    private static func form(_ text: String) -> RequestParameters {
        var values: [String: JSONValue] = [:]
        for (name, value) in FormURLEncoding.decode(text) where values[name] == nil {
            values[name] = .string(value)
        }
        return RequestParameters(values)
    }

    private static func json(_ body: [UInt8]) throws(PlivoError) -> RequestParameters {
        let decoded: JSONValue
        do {
            decoded = try JSONParser.parse(body)
        } catch {
            throw PlivoError(.badRequest, "request body is not valid JSON")
        }
        guard case .object(let object) = decoded else {
            throw PlivoError(.badRequest, "request body must be a JSON object")
        }
        return RequestParameters(object)
    }

    /// Whether the parameter was sent as JSON `null`: for the few parameters where that means "clear it".
    func isExplicitNull(_ name: String) -> Bool {
        if case .null? = values[name] { return true }
        return false
    }

    /// Whether the parameter is present and not `null`.
    func contains(_ name: String) -> Bool {
        switch values[name] {
        case nil, .null?: false
        default: true
        }
    }
}
