/// The `WHERE` clause of a list: its owners, then only the filters it was given, numbered parameters and all.
///
/// Lists build their SQL from the filters present rather than one statement with "?n IS NULL OR …" for each:
/// SQLite plans a statement once, and those optional conditions hid the indexes a filter could use. The
/// combinations are few, and each is a cached statement.
struct SQLFilter {
    let owners: ListOwners
    private(set) var conditions: [String] = []
    private(set) var bindings: [SQLiteValue] = []
    /// How many of `conditions` are the owners'.
    private let ownerConditions: Int

    /// The rows `owners` may see; `columnPrefix` qualifies `account_id` and `subaccount_id` (`"n."`).
    init(owners: ListOwners, columnPrefix: String = "") {
        self.owners = owners
        if owners.seesNothing {
            conditions.append("0")
        } else {
            bindings.append(.text(owners.mainAccountID))
            conditions.append("\(columnPrefix)account_id = ?1")
            if let subaccountID = owners.subaccountID {
                bindings.append(.text(subaccountID))
                conditions.append("\(columnPrefix)subaccount_id = ?2")
            }
        }
        ownerConditions = conditions.count
    }

    /// Whether nothing but ownership narrows the list, so that its total is the owners' count in `row_counts`.
    var isOwnershipOnly: Bool { conditions.count == ownerConditions && !owners.seesNothing }

    /// `column` compared with `value` (`=`, `<`, `>=`, ...).
    mutating func require(_ column: String, _ comparison: String, _ value: SQLiteValue) {
        bindings.append(value)
        conditions.append("\(column) \(comparison) ?\(bindings.count)")
    }

    /// A condition on one parameter, which `condition` writes given its placeholder (`?n`).
    mutating func require(_ value: SQLiteValue, _ condition: (String) -> String) {
        bindings.append(value)
        conditions.append(condition("?\(bindings.count)"))
    }

    /// A condition with no parameter.
    mutating func require(_ condition: String) {
        conditions.append(condition)
    }

    /// `column` starts with `prefix`, character for character (`%` and `_` are not wildcards, case matters), as a
    /// range an index on `column` answers: from `prefix` up to ``upperBound(ofPrefix:)``.
    mutating func requirePrefix(_ column: String, _ prefix: String) {
        require(column, ">=", .text(prefix))
        if let bound = Self.upperBound(ofPrefix: prefix) {
            require(column, "<", .text(bound))
        } else {
            // A prefix of U+10FFFF only: no text closes the range, so the comparison itself does.
            require(.text(prefix)) { "substr(\(column), 1, length(\($0))) = \($0)" }
        }
    }

    /// The least text above every text that starts with `prefix`: its last scalar raised by one, trailing
    /// U+10FFFF (which cannot be) dropped first; nil when nothing is left. Text columns compare byte by byte
    /// (the BINARY collation, https://sqlite.org/datatype3.html#collation) and UTF-8's byte order is code point
    /// order, so `[prefix, bound)` holds exactly the texts that start with `prefix`.
    static func upperBound(ofPrefix prefix: String) -> String? {
        var scalars = Array(prefix.unicodeScalars)
        while let last = scalars.popLast() {
            guard last.value < 0x10FFFF else { continue }
            // The surrogates are not scalars: after U+D7FF comes U+E000.
            let next = last.value == 0xD7FF ? 0xE000 : last.value + 1
            guard let raised = Unicode.Scalar(next) else { return nil }
            var bound = String.UnicodeScalarView()
            bound.append(contentsOf: scalars)
            bound.append(raised)
            return String(bound)
        }
        return nil
    }

    var whereClause: String { conditions.joined(separator: " AND ") }

    /// `LIMIT ?n OFFSET ?n+1` after the filter's own parameters, with the bindings it needs.
    func page(_ page: PageRequest) -> (sql: String, bindings: [SQLiteValue]) {
        ("LIMIT ?\(bindings.count + 1) OFFSET ?\(bindings.count + 2)",
         bindings + [.int(page.limit), .int(page.offset)])
    }
}
