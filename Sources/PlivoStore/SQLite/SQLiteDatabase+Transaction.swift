import CSQLite

extension SQLiteDatabase {
    /// Whether a transaction is open (SQLite is out of autocommit mode).
    var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs `body` in a transaction: committed if it returns, rolled back if it throws.
    ///
    /// `BEGIN IMMEDIATE` takes the write lock up front, so a read-then-write body never fails half way with
    /// `SQLITE_BUSY` when another process shares the file (https://sqlite.org/lang_transaction.html).
    /// Nested calls join the outer transaction: the inner error propagates and the outer rolls everything back.
    /// The rows counted with ``countInsertedRow(_:accountID:subaccountID:)`` reach `row_counts` as it commits.
    func inTransaction<T>(_ body: () throws -> T) throws -> T {
        guard !isInTransaction else { return try body() }
        try execute(sql: "BEGIN IMMEDIATE")
        let result: T
        do {
            result = try body()
            try pendingRowCounts.write(to: self)
            try execute(sql: "COMMIT")
        } catch {
            pendingRowCounts.removeAll()
            // ROLLBACK can only fail if SQLite already rolled back on its own (e.g. after SQLITE_FULL).
            if isInTransaction { try? execute(sql: "ROLLBACK") }
            throw error
        }
        return result
    }

    /// Counts a row just inserted into the counted table `kind` for its owner (``PendingRowCounts``); only inside
    /// ``inTransaction(_:)``, whose commit writes the count with the row.
    func countInsertedRow(_ kind: String, accountID: String, subaccountID: String?) {
        precondition(isInTransaction, "a counted row is inserted outside a transaction")
        pendingRowCounts.add(kind, accountID: accountID, subaccountID: subaccountID)
    }
}
