import CSQLite

/// A prepared statement. Not `Sendable`: it belongs to its connection, which the store serialises.
///
/// Finalized in `deinit`, as GRDB does, so a cached statement lives exactly as long as the cache entry.
final class SQLiteStatement {
    let handle: OpaquePointer
    let sql: String
    private let connection: OpaquePointer

    init(connection: OpaquePointer, sql: String) throws {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw SQLiteError(code: code, connection: connection, sql: sql)
        }
        self.handle = statement
        self.sql = sql
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Whether a previous `step()` left the statement mid-result; a cached statement in that state is not reused.
    var isBusy: Bool { sqlite3_stmt_busy(handle) != 0 }

    /// Resets the statement and binds `values` to parameters 1…n (`?`, or `?NNN` by position).
    func bind(_ values: [SQLiteValue]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
    }

    private func bind(_ value: SQLiteValue, at index: Int32) throws {
        // SQLITE_TRANSIENT makes SQLite copy the bytes: Swift's temporary C strings die after the call.
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let int):
            code = sqlite3_bind_int64(handle, index, int)
        case .real(let double):
            code = sqlite3_bind_double(handle, index, double)
        case .text(var string):
            // With its length, from the String's own UTF-8: passed as a C string, every short String (held inline,
            // without a terminator) was first copied into a new array. Should a String ever offer no address, the
            // empty literal keeps it text: SQLite binds a null pointer as NULL.
            code = string.withUTF8 { text in
                guard let bytes = text.baseAddress else {
                    return sqlite3_bind_text(handle, index, "", 0, csqlite_transient())
                }
                return bytes.withMemoryRebound(to: CChar.self, capacity: text.count) {
                    sqlite3_bind_text(handle, index, $0, Int32(text.count), csqlite_transient())
                }
            }
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { buffer in
                sqlite3_bind_blob(handle, index, buffer.baseAddress, Int32(buffer.count), csqlite_transient())
            }
        }
        guard code == SQLITE_OK else { throw SQLiteError(code: code, connection: connection, sql: sql) }
    }

    /// Advances one row. Returns `true` when a row is available, `false` when the statement is done.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW:
            return true
        case SQLITE_DONE:
            return false
        default:
            let error = SQLiteError(code: sqlite3_extended_errcode(connection), connection: connection, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Releases read locks and bound values early; cached statements are reset after every use.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Runs the statement to completion, ignoring any rows.
    func run(_ bindings: [SQLiteValue] = []) throws {
        try bind(bindings)
        defer { reset() }
        while try step() {}
    }

    /// Runs the statement and maps every row.
    func rows<T>(_ bindings: [SQLiteValue] = [], _ map: (SQLiteRow) throws -> T) throws -> [T] {
        try bind(bindings)
        defer { reset() }
        var result: [T] = []
        while try step() {
            result.append(try map(SQLiteRow(statement: handle)))
        }
        return result
    }

    /// Runs the statement and maps the first row only.
    func firstRow<T>(_ bindings: [SQLiteValue] = [], _ map: (SQLiteRow) throws -> T) throws -> T? {
        try bind(bindings)
        defer { reset() }
        guard try step() else { return nil }
        return try map(SQLiteRow(statement: handle))
    }
}

/// A statement is tied to its connection's thread of use; the compiler must refuse to send it anywhere.
@available(*, unavailable)
extension SQLiteStatement: Sendable {}
