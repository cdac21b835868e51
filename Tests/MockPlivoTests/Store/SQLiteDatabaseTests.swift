import CSQLite
import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoStore

@Suite("SQLite database")
struct SQLiteDatabaseTests {
    @Test("A file database runs in WAL mode with foreign keys on and synchronous NORMAL")
    func fileDatabasePragmas() throws {
        let file = TemporaryDatabasePath()
        defer { file.remove() }
        let database = try SQLiteDatabase.open(path: file.path)
        #expect(try database.pragma("journal_mode") == "wal")
        #expect(try database.pragma("foreign_keys") == "1")
        #expect(try database.pragma("synchronous") == "1")
    }

    @Test("Migrations set the schema version and are idempotent on reopen")
    func migrationsAreIdempotent() throws {
        let file = TemporaryDatabasePath()
        defer { file.remove() }
        for _ in 0..<3 {
            let database = try SQLiteDatabase.open(path: file.path)
            try Schema.migrate(database)
            #expect(try database.userVersion == Schema.currentVersion)
            let tables = try database.query(sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
                $0.text(0)
            }
            #expect(tables.filter { !$0.hasPrefix("sqlite_") } == ["accounts", "applications", "calls", "endpoints", "handsets", "incoming_carriers", "messages", "numbers", "recordings", "row_counts"])
        }
    }

    @Test("A version-1 file is migrated with its rows, ids, order and foreign keys intact")
    func version1IsMigrated() throws {
        let file = TemporaryDatabasePath()
        defer { file.remove() }
        do {
            let database = try SQLiteDatabase.open(path: file.path)
            try database.executeScript(Schema.migrations[0])
            try database.setUserVersion(1)
            try database.executeScript("""
                INSERT INTO accounts (auth_id, auth_token, created) VALUES ('MAMIGRATE00000000001', 't', 'x');
                INSERT INTO applications (app_id, account_id, app_name, answer_url, hangup_url, created) VALUES
                    ('11111111111111111', 'MAMIGRATE00000000001', 'first', 'https://a', 'https://a', 'x'),
                    ('22222222222222222', 'MAMIGRATE00000000001', 'second', 'https://b', 'https://b', 'x'),
                    ('33333333333333333', 'MAMIGRATE00000000001', 'third', 'https://c', 'https://c', 'x');
                DELETE FROM applications WHERE app_id = '22222222222222222';
                INSERT INTO endpoints (endpoint_id, account_id, username, password_hash, alias, app_id, created)
                    VALUES ('1', 'MAMIGRATE00000000001', 'zumba', 'h', 'z', '33333333333333333', 'x');
                """)
        }
        let store = try SQLiteStore(path: file.path)
        let database = try SQLiteDatabase.open(path: file.path)
        #expect(try database.userVersion == Schema.currentVersion)
        #expect(try database.pragma("foreign_keys") == "1")
        let sql = try database.queryFirst(sql: "SELECT sql FROM sqlite_master WHERE name = 'applications'") {
            $0.text(0)
        }
        #expect(sql?.contains("AUTOINCREMENT") == false)
        let rows = try database.query(sql: "SELECT seq, app_name FROM applications ORDER BY seq") {
            "\($0.int(0)) \($0.text(1))"
        }
        #expect(rows == ["1 first", "3 third"])
        // Rebuilding the table must not have run ON DELETE SET NULL on the endpoint that points at it.
        #expect(try database.queryFirst(sql: "SELECT app_id FROM endpoints") { $0.optionalText(0) }
            == .some("33333333333333333"))
        let indexes = try database.query(
            sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'applications' AND sql IS NOT NULL"
                + " ORDER BY name") { $0.text(0) }
        #expect(indexes == ["applications_by_account", "applications_by_account_name", "applications_by_subaccount",
                            "applications_default_endpoint", "applications_default_number"])

        // Newest first still holds for what is created after, and the foreign keys still act.
        let main = AccountScope(mainAccountID: "MAMIGRATE00000000001")
        let fourth = try store.createApplication(ApplicationDraft(appName: "fourth", answerURL: "https://d"), in: main)
        let page = try store.listApplications(ApplicationQuery(), in: main)
        #expect(page.items.map(\.appName) == ["fourth", "third", "first"])
        #expect(fourth.appID.count == 17)
        try database.executeScript("DELETE FROM applications WHERE app_id = '33333333333333333'")
        #expect(try database.queryFirst(sql: "SELECT app_id FROM endpoints") { $0.optionalText(0) } == .some(nil))
    }

    @Test("Migrating inside an open transaction is refused: foreign keys could not be turned off there")
    func migrationInsideATransactionIsRefused() throws {
        let database = try SQLiteDatabase.open(path: ":memory:")
        #expect(throws: SQLiteError.self) {
            try database.inTransaction { try Schema.migrate(database) }
        }
        #expect(try database.userVersion == 0)
    }

    @Test(":memory: holds no more than SQLite's page cache in memory: the rest goes to its unlinked temporary file")
    func memoryDatabaseStaysSmall() throws {
        let database = try SQLiteDatabase.open(path: ":memory:")
        // Opening has already made the temporary file (SQLite opens it lazily; the probe forces it), so a
        // directory that cannot take it shows at start-up, not at some later commit.
        var file: UnsafeMutablePointer<sqlite3_file>?
        #expect(sqlite3_file_control(database.handle, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK)
        #expect(file?.pointee.pMethods != nil)

        try database.execute(sql: "CREATE TABLE t (x BLOB)")
        for _ in 0..<8 {   // 8 MB in all, four times the cache
            try database.inTransaction {
                for _ in 0..<10 { try database.execute(sql: "INSERT INTO t VALUES (zeroblob(100000))") }
            }
        }
        var cacheBytes: Int32 = 0
        var highWater: Int32 = 0
        #expect(sqlite3_db_status(database.handle, SQLITE_DBSTATUS_CACHE_USED, &cacheBytes, &highWater, 0) == SQLITE_OK)
        #expect(cacheBytes > 0 && cacheBytes < 3_000_000)
        #expect(try database.queryFirst(sql: "SELECT sum(length(x)) FROM t") { $0.int(0) } == 8_000_000)

        // And it is private: a second one starts empty.
        let other = try SQLiteDatabase.open(path: ":memory:")
        #expect(try other.queryFirst(sql: "SELECT count(*) FROM sqlite_schema") { $0.int(0) } == 0)
    }

    @Test("A database from a newer build is refused rather than silently misread")
    func newerSchemaIsRefused() throws {
        let database = try SQLiteDatabase.open(path: ":memory:")
        try database.setUserVersion(Schema.currentVersion + 1)
        #expect(throws: SQLiteError.self) { try Schema.migrate(database) }
    }

    @Test("A write survives closing and reopening a file database")
    func writeSurvivesReopen() throws {
        let file = TemporaryDatabasePath()
        defer { file.remove() }
        let appID: String
        do {
            let store = try SQLiteStore(path: file.path)
            _ = try store.ensureMainAccount(authID: StoreFixture.mainID, authToken: StoreFixture.mainToken)
            appID = try store.createApplication(ApplicationDraft(appName: "kept", answerURL: "https://a.example/"),
                                                in: AccountScope(mainAccountID: StoreFixture.mainID)).appID
        }
        let reopened = try SQLiteStore(path: file.path)
        let app = try reopened.application(id: appID, in: AccountScope(mainAccountID: StoreFixture.mainID))
        #expect(app?.appName == "kept")
        #expect(try reopened.account(authID: StoreFixture.mainID)?.authToken == StoreFixture.mainToken)
    }

    @Test("A transaction that throws rolls back every write it made")
    func transactionRollsBack() throws {
        struct Boom: Error {}
        let database = try SQLiteDatabase.open(path: ":memory:")
        try database.execute(sql: "CREATE TABLE t (x INTEGER)")
        #expect(throws: Boom.self) {
            try database.inTransaction {
                try database.execute(sql: "INSERT INTO t VALUES (?1)", bindings: [1])
                try database.execute(sql: "INSERT INTO t VALUES (?1)", bindings: [2])
                throw Boom()
            }
        }
        #expect(!database.isInTransaction)
        #expect(try database.queryFirst(sql: "SELECT count(*) FROM t") { $0.int(0) } == 0)
    }

    @Test("A store operation that fails half way leaves nothing behind")
    func storeOperationIsAtomic() throws {
        let fixture = try StoreFixture()
        let app = try fixture.makeApplication()
        try fixture.makeEndpoint(appID: app.appID)
        #expect(throws: StoreError.invalidReference(parameter: "new_endpoint_application", value: "99")) {
            try fixture.store.deleteApplication(id: app.appID, cascade: false, newEndpointApplication: "99",
                                                in: fixture.main)
        }
        #expect(try fixture.store.application(id: app.appID, in: fixture.main) != nil)
        #expect(try fixture.store.listEndpoints(in: fixture.main, page: PageRequest()).items.first?.appID == app.appID)
    }

    @Test("A failing statement reports its code, SQLite's message and the SQL")
    func errorsCarryContext() throws {
        let database = try SQLiteDatabase.open(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) {
            try database.execute(sql: "SELECT * FROM missing")
        }
        #expect(error.code == SQLITE_ERROR)
        #expect(error.message.contains("no such table"))
        #expect(error.sql == "SELECT * FROM missing")
    }

    @Test("Constraint violations surface as SQLITE_CONSTRAINT")
    func constraintViolation() throws {
        let database = try SQLiteDatabase.open(path: ":memory:")
        try database.executeScript("CREATE TABLE t (x TEXT UNIQUE); INSERT INTO t VALUES ('a');")
        let error = try #require(throws: SQLiteError.self) {
            try database.execute(sql: "INSERT INTO t VALUES (?1)", bindings: ["a"])
        }
        #expect(error.isConstraintViolation)
    }

    @Test("Backup and restore round-trip the whole store")
    func backupAndRestore() throws {
        let file = TemporaryDatabasePath()
        defer { file.remove() }
        let fixture = try StoreFixture()
        let kept = try fixture.makeApplication("kept")
        try fixture.store.backup(to: file.path)
        try fixture.makeApplication("later")
        try fixture.store.restore(from: file.path)
        let names = try fixture.store.listApplications(ApplicationQuery(), in: fixture.main).items.map(\.appName)
        #expect(names == ["kept"])
        #expect(try fixture.store.application(id: kept.appID, in: fixture.main) == kept)
    }

    @Test("A snapshot restores into a WAL file store, and the restored data survives reopening")
    func restoreIntoFileStore() throws {
        let snapshot = TemporaryDatabasePath()
        let live = TemporaryDatabasePath()
        defer { snapshot.remove(); live.remove() }
        let source = try StoreFixture()
        let app = try source.makeApplication("snap")
        try source.store.backup(to: snapshot.path)
        do {
            let store = try SQLiteStore(path: live.path)
            _ = try store.ensureMainAccount(authID: StoreFixture.mainID, authToken: "other")
            try store.restore(from: snapshot.path)
            #expect(try store.application(id: app.appID, in: source.main) == app)
        }
        let reopened = try SQLiteStore(path: live.path)
        #expect(try reopened.application(id: app.appID, in: source.main) == app)
        #expect(try reopened.account(authID: StoreFixture.mainID)?.authToken == StoreFixture.mainToken)
    }

    @Test("Querying the same SQL inside a row mapping does not disturb the outer iteration")
    func reentrantCachedStatement() throws {
        let database = try SQLiteDatabase.open(path: ":memory:")
        try database.executeScript("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3);")
        let sql = "SELECT x FROM t WHERE x >= ?1 ORDER BY x"
        let pairs = try database.query(sql: sql, bindings: [1]) { row in
            let x = row.int(0)
            return (x, try database.query(sql: sql, bindings: [.int(x)]) { $0.int(0) }.count)
        }
        #expect(pairs.map(\.0) == [1, 2, 3])
        #expect(pairs.map(\.1) == [3, 2, 1])
    }

    @Test("Bound text comes back byte for byte, empty text is not NULL, and unbound parameters are NULL")
    func bindingsRoundTrip() throws {
        let database = try SQLiteDatabase.open(path: ":memory:")
        let long = String(repeating: "ü-long text that is not held inline ", count: 4)
        let sql = "SELECT ?1, ?2, ?3, typeof(?2), ?4"
        let row = try database.queryFirst(sql: sql, bindings: [.text("short"), .text(""), .text(long), .int(7)]) {
            [$0.optionalText(0), $0.optionalText(1), $0.optionalText(2), $0.optionalText(3), $0.optionalText(4)]
        }
        #expect(row == ["short", "", long, "text", "7"])
        // The same cached statement with fewer values: the rest must not keep the previous call's.
        let fewer = try database.queryFirst(sql: sql, bindings: [.text("again")]) {
            [$0.optionalText(0), $0.optionalText(1), $0.optionalText(2), $0.optionalText(4)]
        }
        #expect(fewer == ["again", nil, nil, nil])
    }
}
