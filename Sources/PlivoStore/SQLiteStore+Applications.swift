extension SQLiteStore: ApplicationStore {
    private static let columns = """
        app_id, account_id, subaccount_id, app_name, answer_url, answer_method, hangup_url, hangup_method, \
        fallback_answer_url, fallback_method, message_url, message_method, default_number_app, \
        default_endpoint_app, enabled, public_uri, log_incoming_messages
        """
    /// `?2` main account, `?3` the asking subaccount or NULL: the visibility rule in one cached statement.
    private static let selectOne = """
        SELECT \(columns) FROM applications
        WHERE app_id = ?1 AND account_id = ?2 AND (?3 IS NULL OR subaccount_id = ?3)
        """
    private static let selectByID = "SELECT \(columns) FROM applications WHERE app_id = ?1"
    private static let list = ListSource(
        kind: "applications", counted: "applications", select: "SELECT \(columns) FROM applications",
        order: "seq DESC")
    private static let maxIdentifierAttempts = 32
    private static let insertApplication = """
        INSERT INTO applications (\(columns), created)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
        """

    package func createApplication(_ draft: ApplicationDraft, in scope: AccountScope) throws -> Application {
        let insert = applicationInsert(draft, in: scope)
        return try write(invalidating: insert.tables, insert.run)
    }

    package func createApplicationWithoutWaiting(_ draft: ApplicationDraft, in scope: AccountScope) throws
        -> WriteOutcome<String> {
        let insert = applicationInsert(draft, in: scope)
        let run = insert.run
        return try writeWithoutWaiting(invalidating: insert.tables) { database in try run(database).appID }
    }

    /// The write that creates an application, with all it can prepare before taking the connection, which every
    /// other request waits for: the row, its first app_id and its timestamp. `tables` are the caches it may stale.
    func applicationInsert(_ draft: ApplicationDraft, in scope: AccountScope)
        -> (tables: CachedTables, run: @Sendable (SQLiteDatabase) throws -> Application) {
        let created = now
        let prepared = Application(
            appID: identifiers.makeApplicationID(), accountID: scope.mainAccountID, subaccountID: nil,
            appName: draft.appName, answerURL: draft.answerURL, answerMethod: draft.answerMethod,
            hangupURL: draft.hangupURL ?? draft.answerURL, hangupMethod: draft.hangupMethod,
            fallbackAnswerURL: draft.fallbackAnswerURL, fallbackMethod: draft.fallbackMethod,
            messageURL: draft.messageURL, messageMethod: draft.messageMethod,
            defaultNumberApp: draft.defaultNumberApp, defaultEndpointApp: draft.defaultEndpointApp,
            enabled: true, publicURI: draft.publicURI, logIncomingMessages: draft.logIncomingMessages)
        // A new row makes no cached one stale, unless it takes a default flag from its siblings.
        let tables: CachedTables = draft.defaultNumberApp || draft.defaultEndpointApp ? .applications : []
        let requestedSubaccount = draft.subaccountID  // not the whole draft: the closure keeps what it captures
        return (tables, { database in
            var application = prepared
            application.subaccountID = try self.resolveOwner(
                requested: requestedSubaccount, in: scope, database: database)
            // The INSERT itself checks the id: app_id is the table's only UNIQUE column, so a violation is a
            // collision, answered with a fresh id. No SELECT per create. A process's own ids never collide
            // (``ApplicationIDSequence``); fixtures, and another process on the same file in the same second, can.
            for attempt in 1...Self.maxIdentifierAttempts {
                do {
                    try database.execute(
                        sql: Self.insertApplication, bindings: Self.bindings(for: application, created: created))
                    break
                } catch let error as SQLiteError where error.isUniqueViolation && attempt < Self.maxIdentifierAttempts {
                    application.appID = self.identifiers.makeApplicationID()
                }
            }
            database.countInsertedRow(
                "applications", accountID: application.accountID, subaccountID: application.subaccountID)
            try self.enforceSingleDefaults(of: application, database: database)
            return application
        })
    }

    package func application(id appID: String, in scope: AccountScope) throws -> Application? {
        // The cache holds the row whoever owns it; the scope is checked here as the SELECT's WHERE would.
        let application = try cachedRead(applicationCache, key: appID) { database in
            try database.queryFirst(sql: Self.selectByID, bindings: [.text(appID)], Self.decode)
        }
        guard let application, scope.canSee(accountID: application.accountID, subaccountID: application.subaccountID)
        else { return nil }
        return application
    }

    package func listApplications(_ query: ApplicationQuery, in scope: AccountScope) throws -> Page<Application> {
        try read { database in
            // As for endpoints, a subaccount the scope cannot see is an error, not an empty page.
            let subaccountID = try query.subaccountID.flatMap {
                try resolveOwner(requested: $0, in: scope, database: database)
            }
            var filter = SQLFilter(owners: ListOwners(scope: scope, subaccountFilter: subaccountID))
            // A range of `applications_by_account_name`, so that a name costs the rows it matches.
            if let prefix = query.appNamePrefix { filter.requirePrefix("app_name", prefix) }
            return try listPage(Self.list, filter: filter, page: query.page, database: database, Self.decode)
        }
    }

    package func updateApplication(id appID: String, changes: ApplicationChanges, in scope: AccountScope) throws
        -> Application {
        try write(invalidating: .applications) { database in
            guard var application = try fetchApplication(id: appID, in: scope, database: database) else {
                throw StoreError.notFound(resource: "application", id: appID)
            }
            if let subaccountID = changes.subaccountID {
                application.subaccountID = try resolveOwner(requested: subaccountID, in: scope, database: database)
            }
            application.apply(changes)
            try database.execute(sql: """
                UPDATE applications SET subaccount_id = ?3, app_name = ?4, answer_url = ?5, answer_method = ?6,
                hangup_url = ?7, hangup_method = ?8, fallback_answer_url = ?9, fallback_method = ?10,
                message_url = ?11, message_method = ?12, default_number_app = ?13, default_endpoint_app = ?14,
                enabled = ?15, public_uri = ?16, log_incoming_messages = ?17
                WHERE app_id = ?1 AND account_id = ?2
                """, bindings: Self.bindings(for: application))
            try enforceSingleDefaults(of: application, database: database)
            return application
        }
    }

    package func deleteApplication(id appID: String, cascade: Bool, newEndpointApplication: String?,
                           in scope: AccountScope) throws {
        try write(invalidating: .applications) { database in
            guard try fetchApplication(id: appID, in: scope, database: database) != nil else {
                throw StoreError.notFound(resource: "application", id: appID)
            }
            if cascade {
                try database.execute(sql: "DELETE FROM endpoints WHERE app_id = ?1", bindings: [.text(appID)])
            } else if let target = newEndpointApplication {
                // Checked before anything changes, so a bad target leaves the app and its endpoints untouched.
                guard target != appID, try fetchApplication(id: target, in: scope, database: database) != nil else {
                    throw StoreError.invalidReference(parameter: "new_endpoint_application", value: target)
                }
                try database.execute(sql: "UPDATE endpoints SET app_id = ?2 WHERE app_id = ?1",
                                     bindings: [.text(appID), .text(target)])
            } else {
                try database.execute(sql: "UPDATE endpoints SET app_id = NULL WHERE app_id = ?1",
                                     bindings: [.text(appID)])
            }
            // Its numbers fall back to their owner's default number app, as Plivo attaches new numbers to it;
            // without one they are left with none.
            try database.execute(sql: """
                UPDATE numbers SET app_id = (
                    SELECT a.app_id FROM applications a WHERE a.account_id = numbers.account_id
                    AND a.subaccount_id IS numbers.subaccount_id AND a.default_number_app = 1 AND a.app_id <> ?1
                    ORDER BY a.seq DESC LIMIT 1)
                WHERE app_id = ?1
                """, bindings: [.text(appID)])
            try database.execute(sql: "DELETE FROM applications WHERE app_id = ?1", bindings: [.text(appID)])
        }
    }

    // MARK: Helpers shared with the other extensions

    func fetchApplication(id appID: String, in scope: AccountScope, database: SQLiteDatabase) throws
        -> Application? {
        try database.queryFirst(sql: Self.selectOne, bindings: [
            .text(appID), .text(scope.mainAccountID), .text(scope.subaccountID),
        ], Self.decode)
    }

    /// `appID` if the scope can see it, else `invalidReference("app_id")`.
    func requireVisibleApplication(_ appID: String, in scope: AccountScope, database: SQLiteDatabase)
        throws -> String {
        guard try fetchApplication(id: appID, in: scope, database: database) != nil else {
            throw StoreError.invalidReference(parameter: "app_id", value: appID)
        }
        return appID
    }

    /// The subaccount that will own a resource: the asking subaccount, or one the main account names.
    func resolveOwner(requested: String?, in scope: AccountScope, database: SQLiteDatabase) throws -> String? {
        if let own = scope.subaccountID {
            guard requested == nil || requested == own else {
                throw StoreError.invalidReference(parameter: "subaccount", value: requested ?? "")
            }
            return own
        }
        guard let requested else { return nil }
        let exists = try database.queryFirst(
            sql: "SELECT 1 FROM accounts WHERE auth_id = ?1 AND parent_id = ?2",
            bindings: [.text(requested), .text(scope.mainAccountID)]) { _ in true } ?? false
        guard exists else { throw StoreError.invalidReference(parameter: "subaccount", value: requested) }
        return requested
    }

    /// Only one default number app and one default endpoint app per owner (a subaccount, or the main account's
    /// own apps): setting the flag on `application` clears it on the owner's others.
    private func enforceSingleDefaults(of application: Application, database: SQLiteDatabase) throws {
        for (flag, isSet) in [("default_number_app", application.defaultNumberApp),
                              ("default_endpoint_app", application.defaultEndpointApp)] where isSet {
            try database.execute(sql: """
                UPDATE applications SET \(flag) = 0
                WHERE account_id = ?1 AND subaccount_id IS ?2 AND app_id <> ?3 AND \(flag) = 1
                """, bindings: [.text(application.accountID), .text(application.subaccountID),
                                .text(application.appID)])
        }
    }

    /// Values for `columns`, in order, as `?1`…`?17`; with `created` (an insert), that column as `?18`.
    private static func bindings(for app: Application, created: String? = nil) -> [SQLiteValue] {
        // One array either way: an update drops the last slot, which frees nothing and copies nothing, where an
        // insert joining a second array to the first allocated twice.
        var values: [SQLiteValue] = [
            .text(app.appID), .text(app.accountID), .text(app.subaccountID), .text(app.appName),
            .text(app.answerURL), .text(app.answerMethod), .text(app.hangupURL), .text(app.hangupMethod),
            .text(app.fallbackAnswerURL), .text(app.fallbackMethod), .text(app.messageURL), .text(app.messageMethod),
            .bool(app.defaultNumberApp), .bool(app.defaultEndpointApp), .bool(app.enabled), .bool(app.publicURI),
            .bool(app.logIncomingMessages), .text(created)]
        if created == nil { values.removeLast() }
        return values
    }

    private static func decode(_ row: SQLiteRow) -> Application {
        Application(
            appID: row.text(0), accountID: row.text(1), subaccountID: row.optionalText(2), appName: row.text(3),
            answerURL: row.text(4), answerMethod: row.text(5), hangupURL: row.text(6), hangupMethod: row.text(7),
            fallbackAnswerURL: row.text(8), fallbackMethod: row.text(9), messageURL: row.text(10),
            messageMethod: row.text(11), defaultNumberApp: row.bool(12), defaultEndpointApp: row.bool(13),
            enabled: row.bool(14), publicURI: row.bool(15), logIncomingMessages: row.bool(16))
    }
}

extension Application {
    /// Overwrites the fields `changes` carries (the subaccount is resolved by the store, not here).
    fileprivate mutating func apply(_ changes: ApplicationChanges) {
        if let value = changes.appName { appName = value }
        if let value = changes.answerURL { answerURL = value }
        if let value = changes.answerMethod { answerMethod = value }
        if let value = changes.hangupURL { hangupURL = value }
        if let value = changes.hangupMethod { hangupMethod = value }
        if let value = changes.fallbackAnswerURL { fallbackAnswerURL = value }
        if let value = changes.fallbackMethod { fallbackMethod = value }
        if let value = changes.messageURL { messageURL = value }
        if let value = changes.messageMethod { messageMethod = value }
        if let value = changes.defaultNumberApp { defaultNumberApp = value }
        if let value = changes.defaultEndpointApp { defaultEndpointApp = value }
        if let value = changes.enabled { enabled = value }
        if let value = changes.publicURI { publicURI = value }
        if let value = changes.logIncomingMessages { logIncomingMessages = value }
    }
}
