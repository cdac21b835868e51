extension SQLiteStore: ControlStore {
    package func createMainAccount(authID: String?, authToken: String?, name: String) throws -> Account? {
        try write { database in
            let id: String
            if let authID {
                guard try fetchAccount(authID: authID, database: database) == nil else { return nil }
                id = authID
            } else {
                id = try makeUnique(identifiers.makeMainAccountAuthID) { candidate in
                    try fetchAccount(authID: candidate, database: database) != nil
                }
            }
            let account = Account(authID: id, authToken: authToken ?? identifiers.makeAuthToken(), parentID: nil,
                                  name: name, city: "", address: "", enabled: true, created: today, modified: nil)
            try database.execute(sql: """
                INSERT INTO accounts (auth_id, auth_token, parent_id, name, city, address, enabled, created, modified)
                VALUES (?1, ?2, NULL, ?3, '', '', 1, ?4, NULL)
                """, bindings: [.text(account.authID), .text(account.authToken), .text(account.name),
                                .text(account.created)])
            return account
        }
    }

    package func deleteMainAccount(authID: String) throws {
        try write { database in
            guard let account = try fetchAccount(authID: authID, database: database), !account.isSubaccount else {
                throw StoreError.notFound(resource: "account", id: authID)
            }
            // Explicit deletes rather than relying on ON DELETE CASCADE: numbers and endpoints before
            // applications, so nothing is detached on the way, then subaccounts, then the account.
            let id: [SQLiteValue] = [.text(authID)]
            try database.execute(sql: "DELETE FROM numbers WHERE account_id = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM messages WHERE account_id = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM calls WHERE account_id = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM recordings WHERE account_id = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM handsets WHERE account_id = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM incoming_carriers WHERE account_id = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM endpoints WHERE account_id = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM applications WHERE account_id = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM accounts WHERE parent_id = ?1", bindings: id)
            try database.execute(sql: "DELETE FROM accounts WHERE auth_id = ?1", bindings: id)
            // Last: the triggers of the deletes above have taken its counts to zero, and a trigger that takes a row
            // out writes its owner's count even where there was none (it upserts), so earlier would leave -1s.
            try database.execute(sql: "DELETE FROM row_counts WHERE account_id = ?1", bindings: id)
        }
    }
}
