import CSQLite
import Testing
@testable import MockPlivo
@testable import PlivoStore
@testable import PlivoSupport

/// The guard skips page-cache truncations it proves empty. These drive random-key inserts (balancing parks pages
/// at the scratch number), grow the database inside transactions and savepoints that roll back, and check that the
/// data stays exact and that the pages past the end do leave the cache: SQLite reinitializes a page number it
/// reuses, so a wrong skip shows in memory, not in the rows.
@Suite("Guarded page cache")
struct GuardedPageCacheTests {
    @Test("Rolled-back growth leaves no trace, in memory and in a file with a small cache",
          arguments: [false, true])
    func rollbacksStayExact(inFile: Bool) throws {
        let file = TemporaryDatabasePath()
        defer { file.remove() }
        let database = try SQLiteDatabase.open(path: inFile ? file.path : ":memory:")
        if inFile { try database.executeScript("PRAGMA cache_size = 16") }  // pages leave the cache too
        try database.executeScript("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE, v TEXT NOT NULL)")
        var random = SplitMix64(seed: 42)
        var kept = Set<String>()
        var discarded = Set<String>()
        let padding = String(repeating: "x", count: 300)

        func insert(_ count: Int, into keys: inout Set<String>) throws {
            for _ in 0..<count {
                let key = String(random.next() % 100_000_000_000_000_000)
                try database.execute(
                    sql: "INSERT INTO t (k, v) VALUES (?1, ?2)", bindings: [.text(key), .text(padding)])
                keys.insert(key)
            }
        }

        for round in 0..<60 {
            switch round % 3 {
            case 0:  // a whole transaction that grew the database rolls back
                var lost = Set<String>()
                _ = try? database.inTransaction {
                    try insert(40, into: &lost)
                    throw CancellationError()
                }
                discarded.formUnion(lost)
            case 1:  // a savepoint rolls back inside a transaction that commits
                var committed = Set<String>()
                var lost = Set<String>()
                try database.inTransaction {
                    try insert(20, into: &committed)
                    _ = try? database.inSavepoint {
                        try insert(30, into: &lost)
                        throw CancellationError()
                    }
                    try insert(20, into: &committed)
                }
                kept.formUnion(committed)
                discarded.formUnion(lost)
            default:
                var committed = Set<String>()
                try database.inTransaction { try insert(60, into: &committed) }
                kept.formUnion(committed)
            }
        }

        #expect(try database.pragma("integrity_check") == "ok")
        let stored = Set(try database.query(sql: "SELECT k FROM t") { $0.text(0) })
        #expect(stored == kept)
        #expect(stored.isDisjoint(with: discarded.subtracting(kept)))
    }

    @Test("The pages of a rolled-back growth leave the cache")
    func rolledBackPagesAreDropped() throws {
        let database = try SQLiteDatabase.open(path: ":memory:")
        try database.executeScript("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE, v TEXT NOT NULL)")
        var random = SplitMix64(seed: 7)
        let padding = String(repeating: "x", count: 300)
        func insert(_ count: Int) throws {
            for _ in 0..<count {
                let key = String(random.next() % 100_000_000_000_000_000)
                try database.execute(
                    sql: "INSERT INTO t (k, v) VALUES (?1, ?2)", bindings: [.text(key), .text(padding)])
            }
        }
        try database.inTransaction { try insert(2_000) }  // rebalancing has parked pages at the scratch number
        let before = cacheBytes(database)
        _ = try? database.inTransaction {
            try insert(3_000)  // about 300 more pages
            throw CancellationError()
        }
        #expect(cacheBytes(database) <= before + 64 * 1024, "a rolled-back growth of about 1.2 MB stays cached")
    }

    private func cacheBytes(_ database: SQLiteDatabase) -> Int {
        var current: Int32 = 0
        var highest: Int32 = 0
        sqlite3_db_status(database.handle, SQLITE_DBSTATUS_CACHE_USED, &current, &highest, 0)
        return Int(current)
    }
}
