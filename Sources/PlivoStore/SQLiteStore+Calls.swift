import PlivoCatalog

extension SQLiteStore: CallStore {
    private static let columns = """
        call_uuid, request_uuid, parent_call_uuid, account_id, subaccount_id, direction, from_number, to_number, \
        status, initiation_time, answer_time, end_time, duration, billed_duration, total_rate, total_amount, \
        hangup_cause, hangup_cause_name, hangup_cause_code, hangup_source
        """
    private static let insertCall = """
        INSERT INTO calls (\(columns)) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, \
        ?17, ?18, ?19, ?20)
        """
    private static let list = ListSource(
        kind: "calls", counted: "calls", select: "SELECT \(columns) FROM calls", order: "end_time DESC, seq DESC")

    package func call(uuid: String, in scope: AccountScope) throws -> StoredCall? {
        try read { database in
            try database.queryFirst(sql: """
                SELECT \(Self.columns) FROM calls WHERE call_uuid = ?1 AND account_id = ?2
                AND (?3 IS NULL OR subaccount_id = ?3)
                """, bindings: [.text(uuid), .text(scope.mainAccountID), .text(scope.subaccountID)], Self.decode)
        }
    }

    package func listCalls(_ query: CallQuery, in scope: AccountScope) throws -> Page<StoredCall> {
        // As for messages: only the filters given reach the SQL, so an `end_time` range is answered from the
        // index whose order is the list's, and `from_number`, `to_number` and `parent_call_uuid` from their own.
        var filter = SQLFilter(owners: ListOwners(scope: scope, subaccountFilter: query.subaccountID))
        if let direction = query.direction { filter.require("direction", "=", .text(direction)) }
        if let from = query.from { filter.require("from_number", "=", .text(from)) }
        if let to = query.to { filter.require("to_number", "=", .text(to)) }
        if let parent = query.parentCallUUID { filter.require("parent_call_uuid", "=", .text(parent)) }
        if let code = query.hangupCauseCode { filter.require("hangup_cause_code", "=", .int(code)) }
        if let source = query.hangupSource { filter.require("hangup_source", "=", .text(source)) }
        for (comparison, seconds) in query.billDuration { filter.require("duration", comparison, .int(seconds)) }
        for (comparison, time) in query.endTime { filter.require("end_time", comparison, .integer(time)) }
        return try read { database in
            try listPage(Self.list, filter: filter, page: query.page, database: database, Self.decode)
        }
    }

    /// Within the engine's batch transaction (``apply(_:)``): each CDR, and its charge to the main account.
    func insertCalls(_ calls: [StoredCall], database: SQLiteDatabase) throws {
        for call in calls {
            try database.execute(sql: Self.insertCall, bindings: Self.bindings(for: call))
            database.countInsertedRow("calls", accountID: call.accountID, subaccountID: call.subaccountID)
            if call.totalAmount != .zero {
                try database.execute(sql: "UPDATE accounts SET cash_credits = cash_credits - ?2 WHERE auth_id = ?1",
                                     bindings: [.text(call.accountID), .integer(call.totalAmount.units)])
            }
        }
    }

    private static func bindings(for call: StoredCall) -> [SQLiteValue] {
        [.text(call.callUUID), .text(call.requestUUID), .text(call.parentCallUUID), .text(call.accountID),
         .text(call.subaccountID), .text(call.direction), .text(call.from), .text(call.to), .text(call.status),
         .integer(call.initiationTime), call.answerTime.map(SQLiteValue.integer) ?? .null, .integer(call.endTime),
         .int(call.duration), .int(call.billedDuration), .integer(call.totalRate.units),
         .integer(call.totalAmount.units), .text(call.hangupCause), .text(call.hangupCauseName),
         .int(call.hangupCauseCode), .text(call.hangupSource)]
    }

    private static func decode(_ row: SQLiteRow) -> StoredCall {
        StoredCall(
            callUUID: row.text(0), requestUUID: row.optionalText(1), parentCallUUID: row.optionalText(2),
            accountID: row.text(3), subaccountID: row.optionalText(4), direction: row.text(5), from: row.text(6),
            to: row.text(7), status: row.text(8), initiationTime: row.int64(9),
            answerTime: row.isNull(10) ? nil : row.int64(10), endTime: row.int64(11), duration: row.int(12),
            billedDuration: row.int(13), totalRate: Money(units: row.int64(14)), totalAmount: Money(units: row.int64(15)),
            hangupCause: row.text(16), hangupCauseName: row.text(17), hangupCauseCode: row.int(18),
            hangupSource: row.text(19))
    }
}
