import HTTPServerKit
import PlivoSupport

extension JournalEntry {
    /// A JSON object body is written again with secret members masked (keys sorted, as every body the mock writes);
    /// a form body keeps its order with secret values masked; anything else, or a body with no secret, is unchanged.
    static func maskingSecretParameters(inBody text: String) -> String {
        if text.utf8.first(where: { $0 > 0x20 }) == UInt8(ascii: "{") {
            guard case .object(let members)? = try? JSONParser.parse(Array(text.utf8)),
                members.keys.contains(where: { isSecret($0.lowercased()) })
            else { return text }
            var json = JSONWriter()
            writeMasked(.object(members), into: &json)
            return String(decoding: json.bytes, as: UTF8.self)
        }
        return text.contains("=") ? maskingSecretParameters(inForm: text) : text
    }

    /// `a=1&password=x` → `a=1&password=****`; unchanged when no parameter is secret.
    static func maskingSecretParameters(inForm text: String) -> String {
        let pairs = FormURLEncoding.decode(text)
        guard pairs.contains(where: { isSecret($0.name.lowercased()) }) else { return text }
        return pairs.map { pair in
            let value = isSecret(pair.name.lowercased()) ? "****" : FormURLEncoding.percentEncode(pair.value)
            return FormURLEncoding.percentEncode(pair.name) + "=" + value
        }.joined(separator: "&")
    }

    private static func writeMasked(_ value: JSONValue, into json: inout JSONWriter) {
        switch value {
        case .object(let members):
            json.object { object in
                for key in members.keys.sorted() {
                    object.key(key)
                    if isSecret(key.lowercased()) { object.value("****") } else { writeMasked(members[key]!, into: &object) }
                }
            }
        case .array(let items):
            json.array { array in for item in items { writeMasked(item, into: &array) } }
        case .string(let text): json.value(text)
        case .bool(let flag): json.value(flag)
        case .number(let number): json.value(number)
        case .null: json.value(nil as String?)
        }
    }
}
