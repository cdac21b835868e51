/// The `WHERE` clause of a list with only the filters it was given, numbered parameters and all.
///
/// Lists build their SQL from the filters present rather than one statement with "?n IS NULL OR …" for each:
/// SQLite plans a statement once, and those optional conditions hid the indexes a filter could use. The
/// combinations are few, and each is a cached statement.
struct SQLFilter {
    private(set) var conditions: [String] = []
    private(set) var bindings: [SQLiteValue] = []

    /// `column` compared with `value` (`=`, `<`, `>=`, ...).
    mutating func require(_ column: String, _ comparison: String, _ value: SQLiteValue) {
        bindings.append(value)
        conditions.append("\(column) \(comparison) ?\(bindings.count)")
    }

    /// A condition with no parameter.
    mutating func require(_ condition: String) {
        conditions.append(condition)
    }

    var whereClause: String { conditions.joined(separator: " AND ") }

    /// `LIMIT ?n OFFSET ?n+1` after the filter's own parameters, with the bindings it needs.
    func page(_ page: PageRequest) -> (sql: String, bindings: [SQLiteValue]) {
        ("LIMIT ?\(bindings.count + 1) OFFSET ?\(bindings.count + 2)",
         bindings + [.int(page.limit), .int(page.offset)])
    }
}
