extension SQLiteStore: IncomingCarrierStore {
    private static let columns = "carrier_id, account_id, subaccount_id, name, ip_set, voice, sms"
    /// The visibility rule: `?2` main account, `?3` the asking subaccount or NULL.
    private static let visible = "account_id = ?2 AND (?3 IS NULL OR subaccount_id = ?3)"
    private static let list = ListSource(
        kind: "incoming_carriers", counted: "incoming_carriers", select: "SELECT \(columns) FROM incoming_carriers",
        order: "seq DESC")

    package func createCarrier(name: String, ipSet: String, in scope: AccountScope) throws -> IncomingCarrier {
        try write(invalidating: []) { database in
            let carrierID = try makeUnique(identifiers.makeCarrierID) { candidate in
                try database.queryFirst(sql: "SELECT 1 FROM incoming_carriers WHERE carrier_id = ?1",
                                        bindings: [.text(candidate)]) { _ in true } ?? false
            }
            let carrier = IncomingCarrier(carrierID: carrierID, accountID: scope.mainAccountID,
                                          subaccountID: scope.subaccountID, name: name, ipSet: ipSet)
            try database.execute(sql: """
                INSERT INTO incoming_carriers (\(Self.columns), created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                """, bindings: Self.bindings(for: carrier) + [.text(now)])
            database.countInsertedRow(
                "incoming_carriers", accountID: carrier.accountID, subaccountID: carrier.subaccountID)
            return carrier
        }
    }

    package func carrier(id carrierID: String, in scope: AccountScope) throws -> IncomingCarrier? {
        try read { database in try fetchCarrier(id: carrierID, in: scope, database: database) }
    }

    package func listCarriers(nameContaining name: String?, page: PageRequest, in scope: AccountScope) throws
        -> Page<IncomingCarrier> {
        var filter = SQLFilter(owners: ListOwners(scope: scope, subaccountFilter: nil))
        // Part of the name, in any case: no index answers that, so a name is counted row by row.
        if let name { filter.require(.text(name)) { "instr(lower(name), lower(\($0))) > 0" } }
        return try read { database in
            try listPage(Self.list, filter: filter, page: page, database: database, Self.decode)
        }
    }

    package func updateCarrier(id carrierID: String, name: String?, ipSet: String?, in scope: AccountScope) throws
        -> IncomingCarrier {
        try write(invalidating: []) { database in
            guard var carrier = try fetchCarrier(id: carrierID, in: scope, database: database) else {
                throw StoreError.notFound(resource: "carrier", id: carrierID)
            }
            carrier.name = name ?? carrier.name
            carrier.ipSet = ipSet ?? carrier.ipSet
            try database.execute(sql: "UPDATE incoming_carriers SET name = ?2, ip_set = ?3 WHERE carrier_id = ?1",
                                 bindings: [.text(carrier.carrierID), .text(carrier.name), .text(carrier.ipSet)])
            return carrier
        }
    }

    package func deleteCarrier(id carrierID: String, in scope: AccountScope) throws {
        // Its numbers go with it (ON DELETE CASCADE), and may be for sale again.
        try write(invalidating: .numbers) { database in
            try database.execute(sql: "DELETE FROM incoming_carriers WHERE carrier_id = ?1 AND \(Self.visible)",
                                 bindings: [.text(carrierID), .text(scope.mainAccountID), .text(scope.subaccountID)])
            guard database.changes > 0 else { throw StoreError.notFound(resource: "carrier", id: carrierID) }
        }
    }

    func fetchCarrier(id carrierID: String, in scope: AccountScope, database: SQLiteDatabase) throws
        -> IncomingCarrier? {
        try database.queryFirst(
            sql: "SELECT \(Self.columns) FROM incoming_carriers WHERE carrier_id = ?1 AND \(Self.visible)",
            bindings: [.text(carrierID), .text(scope.mainAccountID), .text(scope.subaccountID)], Self.decode)
    }

    private static func bindings(for carrier: IncomingCarrier) -> [SQLiteValue] {
        [.text(carrier.carrierID), .text(carrier.accountID), .text(carrier.subaccountID), .text(carrier.name),
         .text(carrier.ipSet), .bool(carrier.voice), .bool(carrier.sms)]
    }

    private static func decode(_ row: SQLiteRow) -> IncomingCarrier {
        IncomingCarrier(carrierID: row.text(0), accountID: row.text(1), subaccountID: row.optionalText(2),
                        name: row.text(3), ipSet: row.text(4), voice: row.bool(5), sms: row.bool(6))
    }
}
