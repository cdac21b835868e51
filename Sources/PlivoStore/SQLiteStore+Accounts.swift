extension SQLiteStore: AccountStore {
    /// A new main account's `cash_credits`, in 1/100000 of a dollar (the schema's default): 100.00000.
    static let startingCredits: Int64 = 10_000_000

    private static let columns = "auth_id, auth_token, parent_id, name, city, address, enabled, created, modified"
    /// Built once: the cache is keyed by SQL text, and authentication runs this on every request.
    private static let selectByAuthID = "SELECT \(columns) FROM accounts WHERE auth_id = ?1"
    private static let selectChildren = """
        SELECT \(columns) FROM accounts WHERE parent_id = ?1 ORDER BY seq DESC LIMIT ?2 OFFSET ?3
        """
    private static let insertAccount = "INSERT INTO accounts (\(columns)) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"

    package func account(authID: String) throws -> Account? {
        // Runs on every request (authentication), so it is answered from memory once read.
        try cachedRead(accountCache, key: authID) { database in try fetchAccount(authID: authID, database: database) }
    }

    package func ensureMainAccount(authID: String, authToken: String) throws -> Account {
        try write { database in
            if var account = try fetchAccount(authID: authID, database: database) {
                guard !account.isSubaccount else {
                    throw StoreError.storage("\(authID) exists as a subaccount, not a main account")
                }
                if account.authToken != authToken {
                    try database.execute(sql: "UPDATE accounts SET auth_token = ?2 WHERE auth_id = ?1",
                                         bindings: [.text(authID), .text(authToken)])
                    account.authToken = authToken
                }
                return account
            }
            let account = Account(authID: authID, authToken: authToken, parentID: nil, name: "", city: "",
                                  address: "", enabled: true, created: today, modified: nil)
            try insert(account, database: database)
            return account
        }
    }

    package func updateMainAccount(authID: String, name: String?, city: String?, address: String?) throws -> Account {
        try write { database in
            guard var account = try fetchAccount(authID: authID, database: database), !account.isSubaccount else {
                throw StoreError.notFound(resource: "account", id: authID)
            }
            account.name = name ?? account.name
            account.city = city ?? account.city
            account.address = address ?? account.address
            account.modified = today
            try database.execute(sql: """
                UPDATE accounts SET name = ?2, city = ?3, address = ?4, modified = ?5 WHERE auth_id = ?1
                """, bindings: [.text(authID), .text(account.name), .text(account.city), .text(account.address),
                                .text(account.modified)])
            return account
        }
    }

    package func createSubaccount(parentID: String, name: String, enabled: Bool) throws -> Account {
        try write { database in
            guard let parent = try fetchAccount(authID: parentID, database: database), !parent.isSubaccount else {
                throw StoreError.notFound(resource: "account", id: parentID)
            }
            let authID = try makeUnique(identifiers.makeSubaccountAuthID) { candidate in
                try fetchAccount(authID: candidate, database: database) != nil
            }
            let account = Account(authID: authID, authToken: identifiers.makeAuthToken(), parentID: parentID,
                                  name: name, city: "", address: "", enabled: enabled, created: today,
                                  modified: nil)
            try insert(account, database: database)
            return account
        }
    }

    package func subaccount(authID: String, parentID: String) throws -> Account? {
        try read { database in
            try fetchAccount(authID: authID, database: database).flatMap { $0.parentID == parentID ? $0 : nil }
        }
    }

    package func listSubaccounts(parentID: String, page: PageRequest) throws -> Page<Account> {
        try read { database in
            let total = try rowCount("subaccounts", mainAccountID: parentID, subaccountID: nil, database: database)
            let items = try database.query(sql: Self.selectChildren,
                                           bindings: [.text(parentID), .int(page.limit), .int(page.offset)],
                                           Self.decode)
            return Page(items: items, totalCount: total, limit: page.limit, offset: page.offset)
        }
    }

    package func updateSubaccount(authID: String, parentID: String, name: String?, enabled: Bool?) throws -> Account {
        try write { database in
            guard var account = try fetchAccount(authID: authID, database: database),
                  account.parentID == parentID else {
                throw StoreError.notFound(resource: "subaccount", id: authID)
            }
            account.name = name ?? account.name
            account.enabled = enabled ?? account.enabled
            account.modified = today
            try database.execute(sql: "UPDATE accounts SET name = ?2, enabled = ?3, modified = ?4 WHERE auth_id = ?1",
                                 bindings: [.text(authID), .text(account.name), .bool(account.enabled),
                                            .text(account.modified)])
            return account
        }
    }

    package func deleteSubaccount(authID: String, parentID: String, cascade: Bool) throws {
        try write { database in
            guard let account = try fetchAccount(authID: authID, database: database),
                  account.parentID == parentID else {
                throw StoreError.notFound(resource: "subaccount", id: authID)
            }
            let owner: [SQLiteValue] = [.text(authID)]
            if cascade {
                // Its numbers are unrented: for sale again, or gone with their carrier's.
                try database.execute(sql: "DELETE FROM numbers WHERE subaccount_id = ?1", bindings: owner)
                try database.execute(sql: "DELETE FROM messages WHERE subaccount_id = ?1", bindings: owner)
                try database.execute(sql: "DELETE FROM incoming_carriers WHERE subaccount_id = ?1", bindings: owner)
                try database.execute(sql: "DELETE FROM endpoints WHERE subaccount_id = ?1", bindings: owner)
                try database.execute(sql: "DELETE FROM applications WHERE subaccount_id = ?1", bindings: owner)
            } else {
                // The main account keeps its own defaults: a moved app loses a flag the main account already has.
                for flag in ["default_number_app", "default_endpoint_app"] {
                    try database.execute(sql: """
                        UPDATE applications SET \(flag) = 0 WHERE subaccount_id = ?1 AND EXISTS (
                            SELECT 1 FROM applications WHERE account_id = ?2 AND subaccount_id IS NULL AND \(flag) = 1)
                        """, bindings: owner + [.text(parentID)])
                }
                try database.execute(sql: "UPDATE applications SET subaccount_id = NULL WHERE subaccount_id = ?1",
                                     bindings: owner)
                try database.execute(sql: "UPDATE endpoints SET subaccount_id = NULL WHERE subaccount_id = ?1",
                                     bindings: owner)
                try database.execute(sql: "UPDATE numbers SET subaccount_id = NULL WHERE subaccount_id = ?1",
                                     bindings: owner)
                try database.execute(sql: "UPDATE messages SET subaccount_id = NULL WHERE subaccount_id = ?1",
                                     bindings: owner)
                try database.execute(sql: "UPDATE incoming_carriers SET subaccount_id = NULL WHERE subaccount_id = ?1",
                                     bindings: owner)
            }
            try database.execute(sql: "DELETE FROM accounts WHERE auth_id = ?1", bindings: owner)
        }
    }

    package func resetAccount(authID: String) throws {
        try write { database in
            guard let account = try fetchAccount(authID: authID, database: database) else {
                throw StoreError.notFound(resource: "account", id: authID)
            }
            let id: [SQLiteValue] = [.text(authID)]
            // Endpoints first, so deleting applications has no endpoint rows to detach.
            let column = account.isSubaccount ? "subaccount_id" : "account_id"
            try database.execute(sql: "DELETE FROM numbers WHERE \(column) = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM messages WHERE \(column) = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM calls WHERE \(column) = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM recordings WHERE \(column) = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM incoming_carriers WHERE \(column) = ?1", bindings: id)
            if !account.isSubaccount {
                try database.execute(sql: "DELETE FROM handsets WHERE account_id = ?1", bindings: id)
                try database.execute(sql: "UPDATE accounts SET cash_credits = \(Self.startingCredits) WHERE auth_id = ?1",
                                     bindings: id)
            }
            try database.execute(sql: "DELETE FROM endpoints WHERE \(column) = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM applications WHERE \(column) = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM accounts WHERE parent_id = ?1", bindings: id)
        }
    }

    package func resetAll() throws {
        try write { database in
            try database.execute(sql: "DELETE FROM numbers")
            try database.execute(sql: "DELETE FROM messages")
            try database.execute(sql: "DELETE FROM calls")
            try database.execute(sql: "DELETE FROM recordings")
            try database.execute(sql: "DELETE FROM handsets")
            try database.execute(sql: "DELETE FROM incoming_carriers")
            try database.execute(sql: "UPDATE accounts SET cash_credits = \(Self.startingCredits)")
            try database.execute(sql: "DELETE FROM endpoints")
            try database.execute(sql: "DELETE FROM applications")
            try database.execute(sql: "DELETE FROM accounts WHERE parent_id IS NOT NULL")
            // The triggers have taken every count to zero: the rows that say so go too.
            try database.execute(sql: "DELETE FROM row_counts")
        }
    }

    // MARK: Helpers

    func fetchAccount(authID: String, database: SQLiteDatabase) throws -> Account? {
        try database.queryFirst(sql: Self.selectByAuthID, bindings: [.text(authID)], Self.decode)
    }

    private func insert(_ account: Account, database: SQLiteDatabase) throws {
        try database.execute(sql: Self.insertAccount, bindings: [
            .text(account.authID), .text(account.authToken), .text(account.parentID), .text(account.name),
            .text(account.city), .text(account.address), .bool(account.enabled), .text(account.created),
            .text(account.modified),
        ])
    }

    private static func decode(_ row: SQLiteRow) -> Account {
        Account(authID: row.text(0), authToken: row.text(1), parentID: row.optionalText(2), name: row.text(3),
                city: row.text(4), address: row.text(5), enabled: row.bool(6), created: row.text(7),
                modified: row.optionalText(8))
    }
}
