import PlivoCatalog

extension SQLiteStore: RecordingStore {
    /// A recording's caller and callee are the engine's when it gave them, else its call's CDR's: a recording
    /// usually ends while its call goes on, so the CDR is read when the recording is, not when it is stored.
    private static let columns = """
        r.recording_id, r.account_id, r.subaccount_id, r.call_uuid, r.conference_name, r.kind, r.format, \
        coalesce(r.from_number, c.from_number, ''), coalesce(r.to_number, c.to_number, ''), r.start_time, \
        r.end_time, r.add_time, r.storage_rate
        """
    private static let source = "recordings r LEFT JOIN calls c ON c.call_uuid = r.call_uuid"
    private static let list = ListSource(
        kind: "recordings", counted: "recordings r", select: "SELECT \(columns) FROM \(source)",
        order: "r.add_time DESC, r.seq DESC")
    private static let insertRecording = """
        INSERT INTO recordings (recording_id, account_id, subaccount_id, call_uuid, conference_name, kind, format, \
        from_number, to_number, start_time, end_time, add_time, storage_rate) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, \
        ?8, ?9, ?10, ?11, ?12, ?13)
        """

    package func recording(id: String, in scope: AccountScope) throws -> StoredRecording? {
        try read { database in
            try database.queryFirst(sql: """
                SELECT \(Self.columns) FROM \(Self.source) WHERE r.recording_id = ?1 AND r.account_id = ?2
                AND (?3 IS NULL OR r.subaccount_id = ?3)
                """, bindings: [.text(id), .text(scope.mainAccountID), .text(scope.subaccountID)], Self.decode)
        }
    }

    package func listRecordings(_ query: RecordingQuery, in scope: AccountScope) throws -> Page<StoredRecording> {
        // As for calls: only the filters given reach the SQL, so an `add_time` range is answered from the index
        // whose order is the list's, and a call's recordings from `recordings_by_account_call`.
        let owners = ListOwners(scope: scope, subaccountFilter: query.subaccountID)
        var filter = SQLFilter(owners: owners, columnPrefix: "r.")
        if let callUUID = query.callUUID { filter.require("r.call_uuid", "=", .text(callUUID)) }
        for (comparison, time) in query.addTime { filter.require("r.add_time", comparison, .integer(time)) }
        return try read { database in
            try listPage(Self.list, filter: filter, page: query.page, database: database, Self.decode)
        }
    }

    package func deleteRecording(id: String, in scope: AccountScope) throws -> Bool {
        // Nothing is cached from this table, and no other row refers to a recording.
        try write(invalidating: []) { database in
            try database.execute(sql: """
                DELETE FROM recordings WHERE recording_id = ?1 AND account_id = ?2
                AND (?3 IS NULL OR subaccount_id = ?3)
                """, bindings: [.text(id), .text(scope.mainAccountID), .text(scope.subaccountID)])
            return database.changes > 0
        }
    }

    /// Within the engine's batch transaction (``apply(_:)``). Storage is not charged here: Plivo bills it at
    /// the end of a month, and only past 90 days (`docs/recordings.md`).
    func insertRecordings(_ recordings: [StoredRecording], database: SQLiteDatabase) throws {
        for recording in recordings {
            try database.execute(sql: Self.insertRecording, bindings: Self.bindings(for: recording))
            database.countInsertedRow(
                "recordings", accountID: recording.accountID, subaccountID: recording.subaccountID)
        }
    }

    private static func bindings(for recording: StoredRecording) -> [SQLiteValue] {
        [.text(recording.recordingID), .text(recording.accountID), .text(recording.subaccountID),
         .text(recording.callUUID), .text(recording.conferenceName), .text(recording.kind), .text(recording.format),
         recording.from.isEmpty ? .null : .text(recording.from), recording.to.isEmpty ? .null : .text(recording.to),
         .integer(recording.startTime), .integer(recording.endTime), .integer(recording.addTime),
         .integer(recording.storageRate.units)]
    }

    private static func decode(_ row: SQLiteRow) -> StoredRecording {
        StoredRecording(
            recordingID: row.text(0), accountID: row.text(1), subaccountID: row.optionalText(2),
            callUUID: row.text(3), conferenceName: row.optionalText(4), kind: row.text(5), format: row.text(6),
            from: row.text(7), to: row.text(8), startTime: row.int64(9), endTime: row.int64(10),
            addTime: row.int64(11), storageRate: Money(units: row.int64(12)))
    }
}
