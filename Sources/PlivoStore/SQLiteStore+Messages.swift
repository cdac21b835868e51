import PlivoCatalog

extension SQLiteStore: MessageStore {
    private static let columns = """
        message_uuid, account_id, subaccount_id, direction, state, type, from_number, to_number, text, units, \
        total_rate, total_amount, error_code, message_time, sent_time, updated_time, powerpack_uuid, media_urls
        """
    private static let insertMessage = """
        INSERT INTO messages (\(columns)) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, \
        ?16, ?17, ?18)
        """
    private static let updateMessage = """
        UPDATE messages SET state = ?2, error_code = ?3, updated_time = ?4, sent_time = coalesce(?5, sent_time)
        WHERE message_uuid = ?1
        """
    private static let list = ListSource(
        kind: "messages", counted: "messages", select: "SELECT \(columns) FROM messages",
        order: "message_time DESC, seq DESC")

    package func queueMessages(_ messages: [StoredMessage], cost: Money, mainAccountID: String) throws
        -> WriteOutcome<Void> {
        try writeWithoutWaiting(invalidating: []) { database in
            try self.debit(cost, from: mainAccountID, database: database)
            for message in messages {
                try database.execute(sql: Self.insertMessage, bindings: Self.bindings(for: message))
                database.countInsertedRow("messages", accountID: message.accountID, subaccountID: message.subaccountID)
            }
        }
    }

    package func message(uuid: String, in scope: AccountScope) throws -> StoredMessage? {
        try read { database in
            try database.queryFirst(sql: """
                SELECT \(Self.columns) FROM messages WHERE message_uuid = ?1 AND account_id = ?2
                AND (?3 IS NULL OR subaccount_id = ?3)
                """, bindings: [.text(uuid), .text(scope.mainAccountID), .text(scope.subaccountID)], Self.decode)
        }
    }

    package func listMessages(_ query: MessageQuery, in scope: AccountScope) throws -> Page<StoredMessage> {
        // As for numbers: only the filters given reach the SQL, so each is a plain condition SQLite can answer
        // from an index (a `message_time` range from `messages_by_account_time`, whose order is the list's; an
        // `error_code` from `messages_by_account_error`).
        var filter = SQLFilter(owners: ListOwners(scope: scope, subaccountFilter: query.subaccountID))
        if let direction = query.direction { filter.require("direction", "=", .text(direction)) }
        if let state = query.state { filter.require("state", "=", .text(state)) }
        if let type = query.type { filter.require("type", "=", .text(type)) }
        if let errorCode = query.errorCode { filter.require("error_code", "=", .text(errorCode)) }
        if let after = query.after { filter.require("message_time", ">", .integer(after)) }
        if let from = query.from { filter.require("message_time", ">=", .integer(from)) }
        if let before = query.before { filter.require("message_time", "<", .integer(before)) }
        if let until = query.until { filter.require("message_time", "<=", .integer(until)) }
        return try read { database in
            try listPage(Self.list, filter: filter, page: query.page, database: database, Self.decode)
        }
    }

    /// Within the engine's batch transaction (``apply(_:)``).
    func applyMessageChanges(updates: [MessageUpdate], received: [StoredMessage], database: SQLiteDatabase) throws {
        for message in received {
            try database.execute(sql: Self.insertMessage, bindings: Self.bindings(for: message))
            database.countInsertedRow("messages", accountID: message.accountID, subaccountID: message.subaccountID)
        }
        for update in updates {
            try database.execute(sql: Self.updateMessage, bindings: [
                .text(update.uuid), .text(update.state), .text(update.errorCode), .integer(update.time),
                update.sentTime.map(SQLiteValue.integer) ?? .null,
            ])
        }
    }

    // MARK: Handsets

    package func handsetDocument(_ handset: String, mainAccountID: String) throws -> String? {
        let documents = try cachedRead(handsetCache, key: mainAccountID) { database in
            try Dictionary(
                database.query(sql: "SELECT handset, document FROM handsets WHERE account_id = ?1",
                               bindings: [.text(mainAccountID)]) { ($0.text(0), $0.text(1)) },
                uniquingKeysWith: { first, _ in first })
        }
        return documents?[handset]
    }

    package func setHandsetDocument(_ document: String, for handset: String, mainAccountID: String) throws {
        try write(invalidating: .handsets) { database in
            try database.execute(sql: """
                INSERT INTO handsets (account_id, handset, document) VALUES (?1, ?2, ?3)
                ON CONFLICT (account_id, handset) DO UPDATE SET document = ?3
                """, bindings: [.text(mainAccountID), .text(handset), .text(document)])
        }
    }

    package func deleteHandset(_ handset: String, mainAccountID: String) throws {
        try write(invalidating: .handsets) { database in
            try database.execute(sql: "DELETE FROM handsets WHERE account_id = ?1 AND handset = ?2",
                                 bindings: [.text(mainAccountID), .text(handset)])
            guard database.changes > 0 else { throw StoreError.notFound(resource: "handset", id: handset) }
        }
    }

    package func handsetDocuments(mainAccountID: String) throws -> [(handset: String, document: String)] {
        try read { database in
            try database.query(sql: "SELECT handset, document FROM handsets WHERE account_id = ?1 ORDER BY handset",
                               bindings: [.text(mainAccountID)]) { ($0.text(0), $0.text(1)) }
        }
    }

    // MARK: Helpers

    private static func bindings(for message: StoredMessage) -> [SQLiteValue] {
        [.text(message.uuid), .text(message.accountID), .text(message.subaccountID), .text(message.direction),
         .text(message.state), .text(message.type), .text(message.from), .text(message.to), .text(message.text),
         .int(message.units), .integer(message.totalRate.units), .integer(message.totalAmount.units),
         .text(message.errorCode), .integer(message.messageTime), message.sentTime.map(SQLiteValue.integer) ?? .null,
         .integer(message.updatedTime), .text(message.powerpackUUID), .text(message.mediaURLs.joined(separator: "\n"))]
    }

    private static func decode(_ row: SQLiteRow) -> StoredMessage {
        let media = row.text(17)
        return StoredMessage(
            uuid: row.text(0), accountID: row.text(1), subaccountID: row.optionalText(2), direction: row.text(3),
            state: row.text(4), type: row.text(5), from: row.text(6), to: row.text(7), text: row.text(8),
            units: row.int(9), totalRate: Money(units: row.int64(10)), totalAmount: Money(units: row.int64(11)),
            errorCode: row.optionalText(12), messageTime: row.int64(13),
            sentTime: row.isNull(14) ? nil : row.int64(14), updatedTime: row.int64(15),
            powerpackUUID: row.optionalText(16), mediaURLs: media.isEmpty ? [] : media.split(separator: "\n").map(String.init))
    }
}
