import Primitives

/// The writes one event loop's requests asked for while it served one batch of ready connections: they are
/// committed together when the batch ends (``SQLiteStore/commitWritesOfThisThread()``), in one transaction,
/// and each request is answered once it is committed.
///
/// Why: group commit across loops alone (a write that finds another thread writing joins its next transaction)
/// batched little. Under `wrk -c32`, 29,090 creates took 22,000 commits on a WAL file and 84,527 took 82,000 in
/// memory: each loop reads its ready requests one after another, so the two loops rarely write at the same moment.
/// A commit to a WAL file costs tens of microseconds whatever it holds (its pages appended to the log), twice the
/// SQL of a create. The requests a loop read in one go are the natural batch, and waiting for the end of it adds
/// no delay: the loop would have served them one after another anyway.
///
/// One per event-loop thread, installed by ``SQLiteStore/collectWritesOnThisThread()`` (thread-local, so the
/// store's callers need not say where they run); any other thread writes at once as before.
final class LoopWriteBatch {
    /// The store the collected writes belong to (a loop serves one application, so one store).
    private(set) var store: SQLiteStore?
    private(set) var entries: [WriteQueue.Entry] = []

    func add(_ entry: WriteQueue.Entry, for store: SQLiteStore) {
        if let current = self.store, current !== store { commit() }
        self.store = store
        entries.append(entry)
    }

    /// Hands what was collected to its store, which commits it now or queues it behind the thread writing.
    func commit() {
        guard let store, !entries.isEmpty else { return }
        let collected = entries
        entries.removeAll(keepingCapacity: true)
        self.store = nil
        store.commitCollected(collected)
    }

    /// This thread's batch, if it collects writes.
    static var current: LoopWriteBatch? { perThread.current }

    /// Makes this thread collect writes from now on, until it ends.
    static func install() {
        perThread.install { LoopWriteBatch() }
    }

    /// Released with its thread.
    private static let perThread = ThreadLocalReference<LoopWriteBatch>()
}
