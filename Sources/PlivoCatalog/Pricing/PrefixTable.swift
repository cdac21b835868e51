/// A longest-prefix-match table over digit strings: E.164 prefixes to whatever they decide.
///
/// Lookup tries every leading part of the key from the longest down, one dictionary probe each, so it costs at
/// most 15 probes (E.164 numbers have at most 15 digits) whatever the table's size.
struct PrefixTable<Value: Sendable>: Sendable {
    private var values: [String: Value] = [:]
    private(set) var longestPrefix = 0

    init() {}

    /// Adds or replaces the value for `prefix`.
    mutating func insert(_ value: Value, for prefix: String) {
        values[prefix] = value
        longestPrefix = max(longestPrefix, prefix.count)
    }

    /// The value of the longest prefix of `key` in the table, and that prefix's length.
    func longestMatch(for key: String) -> (value: Value, length: Int)? {
        var length = min(key.count, longestPrefix)
        while length > 0 {
            if let value = values[String(key.prefix(length))] { return (value, length) }
            length -= 1
        }
        return nil
    }
}
