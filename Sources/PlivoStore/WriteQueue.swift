/// Writes waiting for the thread that is writing (group commit, see
/// ``SQLiteStore/writeWithoutWaiting(invalidating:_:)``).
struct WriteQueue {
    /// One queued write. `run` executes it on the connection inside the batch's transaction and keeps its outcome,
    /// throwing its failure so that the transaction rolls back; it runs again after a failure in its batch.
    /// `deliver` hands the outcome over once its transaction has committed, or that transaction's error if it did
    /// not.
    struct Entry: Sendable {
        let tables: CachedTables
        let run: @Sendable (_ database: SQLiteDatabase) throws -> Void
        let deliver: @Sendable (StoreError?) -> Void
    }

    var pending: [Entry] = []
    /// Whether a thread is running batches; writes that arrive meanwhile join `pending` and return at once.
    var isWriting = false
}
