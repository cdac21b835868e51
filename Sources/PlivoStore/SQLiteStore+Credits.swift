import PlivoCatalog

extension SQLiteStore: CreditStore {
    package func cashCredits(mainAccountID authID: String) throws -> Money {
        try read { database in try balance(of: authID, database: database) }
    }

    package func setCashCredits(_ amount: Money, mainAccountID authID: String) throws {
        try write(invalidating: []) { database in
            try database.execute(sql: "UPDATE accounts SET cash_credits = ?2 WHERE auth_id = ?1 AND parent_id IS NULL",
                                 bindings: [.text(authID), .integer(amount.units)])
            guard database.changes > 0 else { throw StoreError.notFound(resource: "account", id: authID) }
        }
    }

    /// Takes `amount` from the main account's balance inside the caller's transaction, or throws
    /// `insufficientCredit` and takes nothing.
    func debit(_ amount: Money, from authID: String, database: SQLiteDatabase) throws {
        let available = try balance(of: authID, database: database)
        guard available >= amount else {
            throw StoreError.insufficientCredit(cost: amount.plivoString, balance: available.plivoString)
        }
        try database.execute(sql: "UPDATE accounts SET cash_credits = cash_credits - ?2 WHERE auth_id = ?1",
                             bindings: [.text(authID), .integer(amount.units)])
    }

    private func balance(of authID: String, database: SQLiteDatabase) throws -> Money {
        guard let units = try database.queryFirst(
            sql: "SELECT cash_credits FROM accounts WHERE auth_id = ?1 AND parent_id IS NULL",
            bindings: [.text(authID)], { $0.int64(0) })
        else { throw StoreError.notFound(resource: "account", id: authID) }
        return Money(units: units)
    }
}
