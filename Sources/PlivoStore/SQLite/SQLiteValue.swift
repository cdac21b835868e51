/// A value bound to a statement parameter.
///
/// Booleans are stored as 0/1 integers, SQLite's own convention (https://sqlite.org/datatype3.html §2.1).
enum SQLiteValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// `nil` binds as SQL NULL, which keeps optional columns one-liners at call sites.
    static func text(_ value: String?) -> SQLiteValue {
        value.map(SQLiteValue.text) ?? .null
    }

    static func bool(_ value: Bool) -> SQLiteValue {
        .integer(value ? 1 : 0)
    }

    static func int(_ value: Int) -> SQLiteValue {
        .integer(Int64(value))
    }
}

extension SQLiteValue: ExpressibleByStringLiteral {
    init(stringLiteral value: String) { self = .text(value) }
}

extension SQLiteValue: ExpressibleByIntegerLiteral {
    init(integerLiteral value: Int64) { self = .integer(value) }
}

extension SQLiteValue: ExpressibleByBooleanLiteral {
    init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension SQLiteValue: ExpressibleByNilLiteral {
    init(nilLiteral: ()) { self = .null }
}
