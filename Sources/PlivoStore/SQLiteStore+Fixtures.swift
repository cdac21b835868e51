import PlivoSupport

extension SQLiteStore {
    /// Stores a fixture file's records with the identifiers it gives, all or nothing. A record that exists already
    /// is replaced, so restarting with the same `--db` and `--fixtures` is idempotent. Throws
    /// `invalidReference` when a record names an account or application that neither the file nor the store has.
    package func importFixtures(_ fixtures: FixtureSet) throws {
        let now = self.now
        try write { database in
            for account in fixtures.accounts {
                try database.execute(sql: """
                    INSERT INTO accounts (auth_id, auth_token, parent_id, name, city, address, enabled, created)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                    ON CONFLICT(auth_id) DO UPDATE SET auth_token = ?2, name = ?4, city = ?5, address = ?6, enabled = ?7
                    """, bindings: [.text(account.authID), .text(account.authToken), .text(account.parentID),
                                    .text(account.name), .text(account.city), .text(account.address),
                                    .bool(account.enabled), .text(account.created)])
            }
            for app in fixtures.applications {
                try requireOwner(main: app.accountID, sub: app.subaccountID, database: database)
                try database.execute(sql: """
                    INSERT OR REPLACE INTO applications (app_id, account_id, subaccount_id, app_name, answer_url,
                        answer_method, hangup_url, hangup_method, fallback_answer_url, fallback_method, message_url,
                        message_method, default_number_app, default_endpoint_app, enabled, public_uri,
                        log_incoming_messages, created)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
                    """, bindings: [
                        .text(app.appID), .text(app.accountID), .text(app.subaccountID), .text(app.appName),
                        .text(app.answerURL), .text(app.answerMethod), .text(app.hangupURL), .text(app.hangupMethod),
                        .text(app.fallbackAnswerURL), .text(app.fallbackMethod), .text(app.messageURL),
                        .text(app.messageMethod), .bool(app.defaultNumberApp), .bool(app.defaultEndpointApp),
                        .bool(app.enabled), .bool(app.publicURI), .bool(app.logIncomingMessages), .text(now)])
                // A row it replaced went out through its delete trigger (`recursive_triggers`).
                database.countInsertedRow("applications", accountID: app.accountID, subaccountID: app.subaccountID)
            }
            for fixture in fixtures.endpoints {
                let endpoint = fixture.endpoint
                try requireOwner(main: endpoint.accountID, sub: endpoint.subaccountID, database: database)
                if let appID = endpoint.appID {
                    let known = try database.queryFirst(
                        sql: "SELECT 1 FROM applications WHERE app_id = ?1 AND account_id = ?2",
                        bindings: [.text(appID), .text(endpoint.accountID)]) { _ in true } ?? false
                    guard known else { throw StoreError.invalidReference(parameter: "app_id", value: appID) }
                }
                let hash = PasswordHash.make(password: fixture.password, salt: identifiers.makeSalt())
                try database.execute(sql: """
                    INSERT OR REPLACE INTO endpoints (endpoint_id, account_id, subaccount_id, username, password_hash,
                        alias, app_id, created)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                    """, bindings: [.text(endpoint.endpointID), .text(endpoint.accountID), .text(endpoint.subaccountID),
                                    .text(endpoint.username), .text(hash), .text(endpoint.alias),
                                    .text(endpoint.appID), .text(now)])
                database.countInsertedRow(
                    "endpoints", accountID: endpoint.accountID, subaccountID: endpoint.subaccountID)
            }
        }
    }

    private func requireOwner(main: String, sub: String?, database: SQLiteDatabase) throws {
        guard let account = try fetchAccount(authID: main, database: database), account.parentID == nil else {
            throw StoreError.invalidReference(parameter: "account", value: main)
        }
        if let sub {
            guard try fetchAccount(authID: sub, database: database)?.parentID == main else {
                throw StoreError.invalidReference(parameter: "subaccount", value: sub)
            }
        }
    }
}
