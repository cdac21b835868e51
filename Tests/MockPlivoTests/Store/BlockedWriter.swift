import Dispatch
import Synchronization
@testable import MockPlivo
@testable import PlivoStore

/// Holds the writer role on another thread until `release()`, so that writes made meanwhile must queue.
final class BlockedWriter: Sendable {
    private let entered = DispatchSemaphore(value: 0)
    private let proceed = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    let outcome = Mutex<Result<Application, StoreError>?>(nil)

    init(store: SQLiteStore, scope: AccountScope, name: String = "writer") {
        let insert = store.applicationInsert(
            ApplicationDraft(appName: name, answerURL: "https://example.com/writer"), in: scope)
        DispatchQueue.global().async { [self] in
            let result = SQLiteStore.storeResult { () throws -> Application in
                let outcome = try store.writeWithoutWaiting(invalidating: insert.tables) { database in
                    self.entered.signal()
                    self.proceed.wait()
                    return try insert.run(database)
                }
                guard case .committed(let application) = outcome else { throw StoreError.storage("queued") }
                return application
            }
            self.outcome.withLock { $0 = result }
            self.finished.signal()
        }
        entered.wait()
    }

    /// Lets the writer finish, and waits until it has run what was queued behind it.
    func release() {
        proceed.signal()
        finished.wait()
    }
}
