/// A decoded JSON value. `JSONDecoder` keeps `true` and `1` apart (a number does not decode as `Bool`), which
/// `JSONSerialization`'s `NSNumber` does not on Linux; lenient boolean parsing needs the difference.
package enum JSONValue: Decodable, Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case number(Double)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }
}
