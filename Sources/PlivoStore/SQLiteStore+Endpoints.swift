import FoundationEssentials
import PlivoSupport

extension SQLiteStore: EndpointStore {
    private static let columns = "endpoint_id, account_id, subaccount_id, username, password_hash, alias, app_id"
    /// The visibility rule: `?2` main account, `?3` the asking subaccount or NULL.
    private static let visible = "account_id = ?2 AND (?3 IS NULL OR subaccount_id = ?3)"
    private static let selectOne = "SELECT \(columns) FROM endpoints WHERE endpoint_id = ?1 AND \(visible)"
    private static let selectByUsername = "SELECT \(columns) FROM endpoints WHERE username = ?1 AND \(visible)"
    private static let insertEndpoint = """
        INSERT INTO endpoints (\(columns), created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        """
    /// How many seconds past its creation an endpoint's username suffix may move to stay unique (one day).
    private static let maxUsernameSeconds = 86_400
    private static let list = ListSource(
        kind: "endpoints", counted: "endpoints", select: "SELECT \(columns) FROM endpoints", order: "seq DESC")

    package func createEndpoint(_ draft: EndpointDraft, in scope: AccountScope) throws -> Endpoint {
        // Hashing is pure CPU: done before taking the connection.
        let passwordHash = PasswordHash.make(password: draft.password, salt: identifiers.makeSalt())
        let created = clock()
        return try write(invalidating: []) { database in
            let appID = try draft.appID.map { try requireVisibleApplication($0, in: scope, database: database) }
                ?? defaultEndpointApplication(in: scope, database: database)
            let endpointID = try makeUnique(identifiers.makeEndpointID) { candidate in
                try database.queryFirst(sql: "SELECT 1 FROM endpoints WHERE endpoint_id = ?1",
                                        bindings: [.text(candidate)]) { _ in true } ?? false
            }
            let username = try username(draft.username, createdAt: created, database: database)
            let endpoint = Endpoint(endpointID: endpointID, accountID: scope.mainAccountID,
                                    subaccountID: scope.subaccountID, username: username,
                                    passwordHash: passwordHash, alias: draft.alias, appID: appID)
            try database.execute(
                sql: Self.insertEndpoint, bindings: Self.bindings(for: endpoint) + [.text(Timestamps.dateTime(created))])
            database.countInsertedRow("endpoints", accountID: endpoint.accountID, subaccountID: endpoint.subaccountID)
            return endpoint
        }
    }

    package func endpoint(id endpointID: String, in scope: AccountScope) throws -> Endpoint? {
        try read { database in try fetchEndpoint(id: endpointID, in: scope, database: database) }
    }

    package func endpoint(username: String, in scope: AccountScope) throws -> Endpoint? {
        try read { database in
            try database.queryFirst(sql: Self.selectByUsername,
                                    bindings: [.text(username), .text(scope.mainAccountID), .text(scope.subaccountID)],
                                    Self.decode)
        }
    }

    package func listEndpoints(in scope: AccountScope, subaccountID: String?, page: PageRequest) throws
        -> Page<Endpoint> {
        try read { database in
            // An unknown subaccount, another account's, or (asked by a subaccount) a sibling is an error, as for
            // the owner of a new resource, rather than an empty page that would hide a typo.
            let owner = try subaccountID.flatMap { try resolveOwner(requested: $0, in: scope, database: database) }
            let filter = SQLFilter(owners: ListOwners(scope: scope, subaccountFilter: owner))
            return try listPage(Self.list, filter: filter, page: page, database: database, Self.decode)
        }
    }

    package func updateEndpoint(id endpointID: String, changes: EndpointChanges, in scope: AccountScope) throws
        -> Endpoint {
        let newHash = changes.password.map { PasswordHash.make(password: $0, salt: identifiers.makeSalt()) }
        return try write(invalidating: []) { database in
            guard var endpoint = try fetchEndpoint(id: endpointID, in: scope, database: database) else {
                throw StoreError.notFound(resource: "endpoint", id: endpointID)
            }
            if let appID = changes.appID {
                endpoint.appID = try requireVisibleApplication(appID, in: scope, database: database)
            }
            endpoint.passwordHash = newHash ?? endpoint.passwordHash
            endpoint.alias = changes.alias ?? endpoint.alias
            try database.execute(sql: """
                UPDATE endpoints SET password_hash = ?5, alias = ?6, app_id = ?7 WHERE endpoint_id = ?1
                """, bindings: Self.bindings(for: endpoint))
            return endpoint
        }
    }

    package func deleteEndpoint(id endpointID: String, in scope: AccountScope) throws {
        try write(invalidating: []) { database in
            try database.execute(sql: "DELETE FROM endpoints WHERE endpoint_id = ?1 AND \(Self.visible)",
                                 bindings: [.text(endpointID), .text(scope.mainAccountID), .text(scope.subaccountID)])
            guard database.changes > 0 else { throw StoreError.notFound(resource: "endpoint", id: endpointID) }
        }
    }

    // MARK: Helpers

    private func fetchEndpoint(id endpointID: String, in scope: AccountScope, database: SQLiteDatabase) throws
        -> Endpoint? {
        try database.queryFirst(sql: Self.selectOne,
                                bindings: [.text(endpointID), .text(scope.mainAccountID), .text(scope.subaccountID)],
                                Self.decode)
    }

    /// `name` with the creation time appended, UTC `yyMMddHHmmss`, as Plivo names endpoints. A username names one
    /// SIP endpoint (`sip:{username}@phone.plivo.com`), so it stays unique: when the name is taken for that second
    /// (two endpoints of one name created in the same second; any second name under `--seed`, whose clock stands
    /// still) the suffix is the next second that gives a free username. Runs stay deterministic either way.
    private func username(_ name: String, createdAt: Date, database: SQLiteDatabase) throws -> String {
        func candidate(_ second: Int) -> String {
            name + Timestamps.compact(createdAt.addingTimeInterval(Double(second)))
        }
        // One range read on the username index rather than a probe per second: the suffixes have a fixed width,
        // so within the day they sort as the times do, and `length` keeps out longer names sharing the prefix.
        let first = candidate(0)
        let taken = Set(try database.query(
            sql: "SELECT username FROM endpoints WHERE username BETWEEN ?1 AND ?2 AND length(username) = ?3",
            bindings: [.text(first), .text(candidate(Self.maxUsernameSeconds - 1)), .int(first.count)]
        ) { $0.text(0) })
        for second in 0..<Self.maxUsernameSeconds where !taken.contains(candidate(second)) {
            return candidate(second)
        }
        throw StoreError.storage("no free username for \(name) within a day of its creation time")
    }

    /// The owner's default endpoint app: the asking subaccount's, or the main account's own.
    private func defaultEndpointApplication(in scope: AccountScope, database: SQLiteDatabase) throws -> String? {
        try database.queryFirst(sql: """
            SELECT app_id FROM applications WHERE account_id = ?1 AND subaccount_id IS ?2 AND default_endpoint_app = 1
            ORDER BY seq DESC LIMIT 1
            """, bindings: [.text(scope.mainAccountID), .text(scope.subaccountID)]) { $0.text(0) }
    }

    private static func bindings(for endpoint: Endpoint) -> [SQLiteValue] {
        [.text(endpoint.endpointID), .text(endpoint.accountID), .text(endpoint.subaccountID),
         .text(endpoint.username), .text(endpoint.passwordHash), .text(endpoint.alias), .text(endpoint.appID)]
    }

    private static func decode(_ row: SQLiteRow) -> Endpoint {
        Endpoint(endpointID: row.text(0), accountID: row.text(1), subaccountID: row.optionalText(2),
                 username: row.text(3), passwordHash: row.text(4), alias: row.text(5), appID: row.optionalText(6))
    }
}
