import HTTPServerKit
import PlivoSupport

extension JournalEntry {
    /// The body as the journal stores it: secret values and URL credentials masked in the whole body first, then cut at
    /// ``maxBodyBytes``, so a cut can never leave a secret in text that no longer parses. A JSON body that
    /// parses is written again with secret members masked at any depth (keys sorted, as every body the mock
    /// writes); anything else is masked in place by ``SecretMasker``'s key patterns.
    static func storedBody(_ body: [UInt8]) -> (prefix: [UInt8], truncated: Bool) {
        let masked = maskingSecretParameters(inBody: body) ?? body
        return (Array(masked.prefix(maxBodyBytes)), masked.count > maxBodyBytes)
    }

    /// `body` with secret values masked, or nil when it holds none (the usual case, which copies nothing).
    static func maskingSecretParameters(inBody body: [UInt8]) -> [UInt8]? {
        guard let masked = SecretMasker.masking(body) else { return nil }
        guard body.first(where: { $0 > 0x20 }) == UInt8(ascii: "{") || body.first(where: { $0 > 0x20 }) == UInt8(ascii: "["),
            let value = try? JSONParser.parse(body)
        else { return masked }
        var json = JSONWriter()
        writeMasked(value, into: &json)
        return json.bytes
    }

    /// The text form of ``maskingSecretParameters(inBody:)-([UInt8])``; unchanged when nothing is secret.
    static func maskingSecretParameters(inBody text: String) -> String {
        maskingSecretParameters(inBody: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// A query string with secret parameters masked in place (`a=1&auth_token=****`); unchanged when none is.
    static func maskingSecretParameters(inQuery query: String) -> String {
        SecretMasker.masking(Array(query.utf8)).map { String(decoding: $0, as: UTF8.self) } ?? query
    }

    private static func writeMasked(_ value: JSONValue, into json: inout JSONWriter) {
        switch value {
        case .object(let members):
            json.object { object in
                for key in members.keys.sorted() {
                    object.key(key)
                    if isSecret(key) { object.value("****") } else { writeMasked(members[key]!, into: &object) }
                }
            }
        case .array(let items):
            json.array { array in for item in items { writeMasked(item, into: &array) } }
        case .string(let text): json.value(SecretMasker.maskingURLCredentials(text))
        case .bool(let flag): json.value(flag)
        case .number(let number): json.value(number)
        case .null: json.value(nil as String?)
        }
    }
}
