import CSQLite

/// An SQLite failure: the result code, SQLite's own message and the statement that failed.
///
/// Never leaves the store: `SQLiteStore` turns it into a `StoreError` so handlers stay free of SQLite types.
struct SQLiteError: Error, Equatable, CustomStringConvertible {
    /// The (extended) result code, e.g. `SQLITE_CONSTRAINT_UNIQUE`.
    var code: Int32
    var message: String
    var sql: String?

    init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// Reads the message of the last failure on `connection`; call it before anything else touches the handle.
    init(code: Int32, connection: OpaquePointer?, sql: String? = nil) {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        self.init(code: code, message: message, sql: sql)
    }

    /// The primary code without its extended bits, for matching families like `SQLITE_CONSTRAINT`.
    var primaryCode: Int32 { code & 0xFF }

    var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }

    /// `SQLITE_CONSTRAINT_UNIQUE` (the macro is not imported into Swift): a UNIQUE column already holds the value.
    var isUniqueViolation: Bool { code == SQLITE_CONSTRAINT | (8 << 8) }

    var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " (in: \(sql))" }
        return text
    }
}
