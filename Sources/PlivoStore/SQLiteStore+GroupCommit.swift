import Dispatch

extension SQLiteStore {
    /// Like ``write(invalidating:_:)``, but a caller that finds another thread writing does not wait for the
    /// connection: its write joins a queue and it gets a ``WriteTicket`` back at once. The writing thread runs the
    /// queue before it lets go, in one transaction (group commit), and completes each ticket after the commit. A
    /// caller that finds no one writing becomes the writer and gets its committed value, as from `write`.
    ///
    /// Why: two event loops creating applications used to take turns on the connection lock, and a loop waiting
    /// for it served nobody; the waiting and the lock's hand-offs cost as much CPU as the SQL. A write is still
    /// answered only once it is committed, and a failing write still leaves nothing behind, nor takes the others
    /// in its batch down with it (see ``commit(_:)``).
    ///
    /// On an event loop that collects writes (``collectWritesOnThisThread()``) the write always waits for the end
    /// of the loop's batch: it is committed with the others of that batch (``LoopWriteBatch``).
    ///
    /// `body` may run more than once (its batch is retried after a failure in it, see ``commit(_:)``): whatever it
    /// does outside the transaction, which the rollback does not undo, must not matter (the create's body draws a
    /// fresh app_id, no more).
    func writeWithoutWaiting<T: Sendable>(
        invalidating tables: CachedTables = .all, _ body: @escaping @Sendable (SQLiteDatabase) throws -> T
    ) throws -> WriteOutcome<T> {
        if let batch = LoopWriteBatch.current {
            let (entry, ticket) = Self.queuedWrite(tables: tables, body)
            batch.add(entry, for: self)
            return .queued(ticket)
        }
        // The usual case, no one writing: write at once, without the ticket and closures a queued write needs.
        if claimWriterRole() {
            let result = Self.storeResult { try write(invalidating: tables, body) }
            var outcomes = CommittedWrites()
            commitQueuedAfterOwnWrite(into: &outcomes)
            outcomes.deliver()
            return .committed(try result.get())
        }
        let (entry, ticket) = Self.queuedWrite(tables: tables, body)
        let isWriter = writeQueue.withLock { queue in
            guard !queue.isWriting else {
                queue.pending.append(entry)
                return false
            }
            queue.isWriting = true
            return true
        }
        guard isWriter else { return .queued(ticket) }
        // The writer let go while the entry was being made: this caller writes it after all.
        var outcomes = CommittedWrites()
        commit([entry], into: &outcomes)
        commitQueuedAfterOwnWrite(into: &outcomes)
        outcomes.deliver()
        guard let result = ticket.result else { throw StoreError.storage("a batched write was not delivered") }
        return .committed(try result.get())
    }

    /// A write as a queue entry, and the ticket its outcome reaches once its transaction has committed.
    private static func queuedWrite<T: Sendable>(
        tables: CachedTables, _ body: @escaping @Sendable (SQLiteDatabase) throws -> T
    ) -> (WriteQueue.Entry, WriteTicket<T>) {
        let ticket = WriteTicket<T>()
        let outcome = StagedOutcome<T>()
        let entry = WriteQueue.Entry(
            tables: tables,
            run: { database in
                outcome.result = Self.storeResult { try body(database) }
                if case .failure(let error) = outcome.result { throw error }
            },
            deliver: { batchError in
                ticket.complete(batchError.map { .failure($0) } ?? outcome.result ?? .failure(.storage("not run")))
            })
        return (entry, ticket)
    }

    /// From now on, writes through ``writeWithoutWaiting(invalidating:_:)`` on this thread wait for
    /// ``commitWritesOfThisThread()``: for an event loop, which calls it after each batch it serves.
    package static func collectWritesOnThisThread() {
        LoopWriteBatch.install()
    }

    /// Commits the writes this thread collected since the last call, in one transaction (or queues them behind
    /// the thread writing, which commits them with its next batch).
    package static func commitWritesOfThisThread() {
        LoopWriteBatch.current?.commit()
    }

    /// A loop's collected writes: committed by this thread if no other is writing, else queued for the writer.
    ///
    /// Their answers go out after this thread has given up the writer role (``CommittedWrites``): delivering runs
    /// each response through the middleware and sends it, most of a create's time after its SQL, and the other
    /// loop's next batch need not wait for that. Delivered while holding the role, the loops' batches queued up
    /// behind it and were handed to a background thread as a chain, three threads passing every batch around.
    func commitCollected(_ entries: [WriteQueue.Entry]) {
        let isWriter = writeQueue.withLock { queue in
            guard !queue.isWriting else {
                queue.pending.append(contentsOf: entries)
                return false
            }
            queue.isWriting = true
            return true
        }
        guard isWriter else { return }
        var outcomes = CommittedWrites()
        commit(entries[...], into: &outcomes)
        commitQueuedAfterOwnWrite(into: &outcomes)
        outcomes.deliver()
    }

    /// Takes the writer role if no thread holds it.
    private func claimWriterRole() -> Bool {
        writeQueue.withLock { queue in
            guard !queue.isWriting else { return false }
            queue.isWriting = true
            return true
        }
    }

    /// Run by the writer after its own write: commits what others queued meanwhile, once, and gives up the role.
    /// A loop that kept draining would leave its own connections waiting behind a steady stream of the other
    /// loops' writes (p90 of 10 ms under wrk), so whatever arrives after that is handed, with the role, to a
    /// background thread. The outcomes are the caller's to deliver.
    private func commitQueuedAfterOwnWrite(into outcomes: inout CommittedWrites) {
        guard let batch = takeBatch() else { return }
        commit(batch[...], into: &outcomes)
        if let rest = takeBatch() {
            DispatchQueue.global().async { self.drain(startingWith: rest) }
        }
    }

    /// Commits `batch` and every batch queued after it, then gives up the writer role; each batch's answers go
    /// out once the next is taken (or the role given up).
    private func drain(startingWith batch: [WriteQueue.Entry]) {
        var next: [WriteQueue.Entry]? = batch
        while let batch = next {
            var outcomes = CommittedWrites()
            commit(batch[...], into: &outcomes)
            next = takeBatch()
            outcomes.deliver()
        }
    }

    /// Everything queued, or nil, having given up the writer role (under the same lock) when nothing is.
    private func takeBatch() -> [WriteQueue.Entry]? {
        writeQueue.withLock { queue in
            guard !queue.pending.isEmpty else {
                queue.isWriting = false
                return nil
            }
            defer { queue.pending.removeAll(keepingCapacity: true) }
            return queue.pending
        }
    }

    /// Runs `batch` in one transaction and adds every outcome to `outcomes`, to be delivered after the commit.
    ///
    /// If a write fails, the transaction rolls back and the batch is split around it: the writes before it run
    /// again as one batch, the failing one alone (so it fails, or not, by itself) and those after it as another
    /// batch, split again should one of them fail. A create naming a subaccount that does not exist, which any
    /// client can send, costs its batch three more transactions, not one per write. A failure with no write to
    /// blame (BEGIN or COMMIT) reruns every write alone. A COMMIT that failed after its data had landed would
    /// insert the batch twice; SQLite reports no such failure.
    ///
    /// Why not a savepoint per write: each copies the pages its write touches into a sub-journal, which made
    /// batched creates cost more than the batching saved.
    private func commit(_ batch: ArraySlice<WriteQueue.Entry>, into outcomes: inout CommittedWrites) {
        guard !batch.isEmpty else { return }
        let tables = batch.reduce(into: CachedTables()) { $0.formUnion($1.tables) }
        var failed: Int?
        let batchError: StoreError?
        do {
            try write(invalidating: tables) { database in
                for index in batch.indices {
                    failed = index
                    try batch[index].run(database)
                }
                failed = nil
            }
            batchError = nil
        } catch let error as StoreError {
            batchError = error
        } catch {
            batchError = .storage("\(error)")
        }
        guard batchError != nil, batch.count > 1 else {
            outcomes.add(batch, error: batchError)
            return
        }
        guard let failed else {
            for index in batch.indices { commit(batch[index...index], into: &outcomes) }
            return
        }
        commit(batch[..<failed], into: &outcomes)
        commit(batch[failed...failed], into: &outcomes)
        commit(batch[(failed + 1)...], into: &outcomes)
    }

    /// `body`'s value, or its failure as the store reports it (SQLite errors as `storage`).
    package static func storeResult<T>(_ body: () throws -> T) -> Result<T, StoreError> {
        do {
            return .success(try body())
        } catch let error as StoreError {
            return .failure(error)
        } catch let error as SQLiteError {
            return .failure(.storage(error.description))
        } catch {
            return .failure(.storage("\(error)"))
        }
    }
}

/// Writes whose transaction has ended, and how (nil: committed), until their outcomes are delivered
/// (``WriteQueue/Entry/deliver``), which the committing thread does once it no longer holds the writer role.
private struct CommittedWrites {
    private var entries: [(entry: WriteQueue.Entry, error: StoreError?)] = []

    mutating func add(_ batch: ArraySlice<WriteQueue.Entry>, error: StoreError?) {
        for entry in batch { entries.append((entry, error)) }
    }

    func deliver() {
        for (entry, error) in entries { entry.deliver(error) }
    }
}

/// A queued write's outcome between running and delivery. Both happen on the thread that commits its batch (a loop
/// that holds the writer role, or the background thread it handed the role to), one after the other; a rerun after
/// a failure in the batch overwrites it first. No other thread touches it.
private final class StagedOutcome<T: Sendable>: @unchecked Sendable {
    package var result: Result<T, StoreError>?
}
