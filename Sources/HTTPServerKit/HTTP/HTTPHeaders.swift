/// Header fields as an ordered list of name/value pairs. Order and duplicates are kept as received
/// (RFC 9110 §5.3); lookup by name is case-insensitive.
public struct HTTPHeaders: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (name: String, value: String)

    private var fields: [Element]

    /// Creates an empty header list.
    public init() { fields = [] }

    /// Creates a header list from pairs, in order.
    public init(_ pairs: [(String, String)]) {
        fields = pairs.map { (name: $0.0, value: $0.1) }
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    /// The number of fields, duplicates included.
    public var count: Int { fields.count }

    /// The first value of the field named `name`, compared case-insensitively.
    public subscript(name: String) -> String? {
        get { fields.first { $0.name.isEqualIgnoringASCIICase(name) }?.value }
        set {
            remove(name)
            if let newValue { add(name: name, value: newValue) }
        }
    }

    /// Every value of the field named `name`, in order.
    public func values(for name: String) -> [String] {
        fields.filter { $0.name.isEqualIgnoringASCIICase(name) }.map(\.value)
    }

    /// Whether a field named `name` is present.
    public func contains(_ name: String) -> Bool {
        fields.contains { $0.name.isEqualIgnoringASCIICase(name) }
    }

    /// Appends a field, keeping any earlier one of the same name.
    public mutating func add(name: String, value: String) {
        fields.append((name: name, value: value))
    }

    /// Removes every field named `name`.
    public mutating func remove(_ name: String) {
        fields.removeAll { $0.name.isEqualIgnoringASCIICase(name) }
    }

    /// Whether a comma-separated field (such as `Connection`) lists `token`, case-insensitively (RFC 9110 §5.6.1).
    public func hasToken(_ token: String, in name: String) -> Bool {
        // Asked of every request (`Connection`), so the values are walked in place rather than split into arrays.
        fields.contains { $0.name.isEqualIgnoringASCIICase(name) && $0.value.listContains(token) }
    }

    /// Makes room for `count` fields, so that a parser adding a request's fields one by one allocates once.
    mutating func reserveCapacity(_ count: Int) {
        fields.reserveCapacity(count)
    }

    public func makeIterator() -> IndexingIterator<[Element]> { fields.makeIterator() }

    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields.count == rhs.fields.count
            && zip(lhs.fields, rhs.fields).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }
}

extension String {
    /// ``StringProtocol/isEqualIgnoringASCIICase(_:)`` for two Strings, which is how every field lookup asks. It
    /// walks the contiguous bytes: the generic walk over two UTF-8 views showed per request. Public for the
    /// application's own protocol tokens (an HTTP method named in a parameter, say).
    public func isEqualIgnoringASCIICase(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        // Borrowed, not copied into `var`s for `withUTF8`: the copies retained and released both strings.
        let equal = utf8.withContiguousStorageIfAvailable { left in
            other.utf8.withContiguousStorageIfAvailable { right in
                left.elementsEqual(right, by: asciiCaseInsensitivelyEqual)
            }
        }
        if let equal = equal.flatMap({ $0 }) { return equal }
        // Bridged strings have no contiguous UTF-8: the generic walk.
        return utf8.elementsEqual(other.utf8, by: asciiCaseInsensitivelyEqual)
    }
}

/// Whether two bytes are equal, or the same ASCII letter in either case.
private func asciiCaseInsensitivelyEqual(_ l: UInt8, _ r: UInt8) -> Bool {
    if l == r { return true }
    let lower = l | 0x20
    return lower == r | 0x20 && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
}

extension StringProtocol {
    /// ASCII case-insensitive equality, which is what HTTP field names and tokens need; no locale, no allocation.
    func isEqualIgnoringASCIICase<Other: StringProtocol>(_ other: Other) -> Bool {
        let lhs = utf8
        let rhs = other.utf8
        // Counting is O(1) on native strings, and most names compared differ in length.
        guard lhs.count == rhs.count else { return false }
        return lhs.elementsEqual(rhs, by: asciiCaseInsensitivelyEqual)
    }

    /// Whether this comma-separated list has `token` as an element, ignoring ASCII case and the whitespace around
    /// elements. Walks the text in place: no array of elements is made.
    func listContains(_ token: String) -> Bool {
        var start = startIndex
        while true {
            let end = self[start...].utf8.firstIndex(of: UInt8(ascii: ",")) ?? endIndex
            if start < end, self[start..<end].trimmingASCIIWhitespace().isEqualIgnoringASCIICase(token) { return true }
            guard end < endIndex else { return false }
            start = utf8.index(after: end)
        }
    }

    /// The text without leading and trailing spaces and tabs (HTTP's optional whitespace, RFC 9110 §5.6.3).
    func trimmingASCIIWhitespace() -> Substring {
        // On bytes, not `Character`s: both ends of the result are next to ASCII (or the ends), so they fall on
        // scalar boundaries, and grapheme breaking would cost more than the rest of the call.
        let text = Substring(self)
        let isWhitespace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = text.utf8.firstIndex(where: { !isWhitespace($0) }) else { return text[text.endIndex...] }
        let last = text.utf8.lastIndex(where: { !isWhitespace($0) })!
        return text[first..<text.utf8.index(after: last)]
    }
}
