/// The rows of counted tables inserted in the open transaction, per list kind and owner, added to `row_counts` in
/// one upsert per owner just before the transaction commits (``SQLiteDatabase/inTransaction(_:)``), and forgotten
/// if it rolls back.
///
/// Why not an `AFTER INSERT` trigger, as deletes and changes of owner keep (they also come from cascades inside
/// SQLite, which only a trigger sees): the trigger's upsert cost 4.5 µs of an application create's 37
/// (`scripts/bench-ab.sh create`, creates ×1.16 without it), while an event loop's group commit
/// (``LoopWriteBatch``) puts the dozen creates it read in one go, usually of one owner, in one transaction.
/// Every INSERT into a counted table goes with a ``SQLiteDatabase/countInsertedRow(_:accountID:subaccountID:)``;
/// `RowCountTests` hold the counts to the rows after rows of every kind are made, moved, deleted, reset, restored,
/// rolled back and loaded from fixtures (a row replaced in the transaction that inserted it too: the triggers
/// that take rows out upsert, `Schema` version 8).
struct PendingRowCounts {
    private struct Owner: Hashable {
        let kind: String
        let accountID: String
        let subaccountID: String
    }

    private var counts: [Owner: Int64] = [:]

    /// `kind` is the table's name, as `row_counts` and ``ListSource`` name it.
    mutating func add(_ kind: String, accountID: String, subaccountID: String?) {
        counts[Owner(kind: kind, accountID: accountID, subaccountID: subaccountID ?? ""), default: 0] += 1
    }

    mutating func removeAll() {
        counts.removeAll(keepingCapacity: true)
    }

    /// Adds what was counted to `row_counts` and forgets it.
    mutating func write(to database: SQLiteDatabase) throws {
        guard !counts.isEmpty else { return }
        defer { removeAll() }
        for (owner, count) in counts {
            try database.execute(
                sql: Self.upsert,
                bindings: [.text(owner.kind), .text(owner.accountID), .text(owner.subaccountID), .integer(count)])
        }
    }

    private static let upsert = """
        INSERT INTO row_counts (kind, account_id, subaccount_id, count) VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT (kind, account_id, subaccount_id) DO UPDATE SET count = count + excluded.count
        """
}
