import CSQLite

extension SQLiteDatabase {
    /// Whether a transaction is open (SQLite is out of autocommit mode).
    var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs `body` in a transaction: committed if it returns, rolled back if it throws.
    ///
    /// `BEGIN IMMEDIATE` takes the write lock up front, so a read-then-write body never fails half way with
    /// `SQLITE_BUSY` when another process shares the file (https://sqlite.org/lang_transaction.html).
    /// Nested calls join the outer transaction: the inner error propagates and the outer rolls everything back.
    func inTransaction<T>(_ body: () throws -> T) throws -> T {
        guard !isInTransaction else { return try body() }
        try execute(sql: "BEGIN IMMEDIATE")
        let result: T
        do {
            result = try body()
            try execute(sql: "COMMIT")
        } catch {
            // ROLLBACK can only fail if SQLite already rolled back on its own (e.g. after SQLITE_FULL).
            if isInTransaction { try? execute(sql: "ROLLBACK") }
            throw error
        }
        return result
    }
}
