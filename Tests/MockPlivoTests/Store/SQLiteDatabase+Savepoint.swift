@testable import MockPlivo
@testable import PlivoStore

extension SQLiteDatabase {
    /// Runs `body` inside a savepoint of the open transaction: if it throws, its changes alone are undone and the
    /// transaction goes on (https://sqlite.org/lang_savepoint.html). Outside a transaction, it is one.
    /// For tests that roll part of a transaction back; the store itself no longer uses savepoints.
    func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        try execute(sql: "SAVEPOINT write")
        do {
            let result = try body()
            try execute(sql: "RELEASE write")
            return result
        } catch {
            try? execute(sql: "ROLLBACK TO write")
            try? execute(sql: "RELEASE write")
            throw error
        }
    }
}
