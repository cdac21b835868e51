import CSQLite

/// One SQLite connection and its prepared-statement cache.
///
/// Not `Sendable` and not internally locked (opened with `SQLITE_OPEN_NOMUTEX`): `SQLiteStore` owns the only
/// reference inside a `LockedValue`, so SQLite's own per-call mutex would be pure overhead.
final class SQLiteDatabase {
    let handle: OpaquePointer
    let path: String
    private var statementCache: [String: SQLiteStatement] = [:]
    /// Rows inserted in the open transaction, counted as it commits (``inTransaction(_:)``).
    var pendingRowCounts = PendingRowCounts()
    /// The last few statements taken from `statementCache`, looked through before it (see `cachedStatement`).
    private var recentStatements: [SQLiteStatement] = []
    private static let recentCapacity = 8

    /// Opens (creating if needed) the database at `path`; `":memory:"` gives a private database that lives as long
    /// as the connection.
    ///
    /// File databases run in WAL mode with `synchronous=NORMAL`: a commit survives a crash of the process
    /// (kill -9), but a power loss or OS crash may lose the last few commits, never corrupting the file
    /// (https://sqlite.org/pragma.html#pragma_synchronous). That is the right trade for a local mock.
    ///
    /// `":memory:"` is SQLite's private temporary database (the empty file name), not its pure in-memory one, where
    /// it can be: SQLite keeps as much of it as its page cache holds (2 MB by default) and writes the rest to a
    /// file it unlinks as it opens it, in the first writable directory of `SQLITE_TMPDIR`, `TMPDIR`, `/var/tmp`,
    /// `/usr/tmp`, `/tmp` and the working directory, so nothing is left behind even after kill -9, and the process
    /// stays small however much is stored: a pure in-memory database held every row it was given (240 MB after
    /// 800,000 creates). Creates are as fast (`scripts/bench-ab.sh`): a commit of a temporary database writes
    /// nothing until a quarter of the cache is dirty (`pagerFlushOnCommit` in SQLite's pager.c). Where SQLite
    /// cannot make the file, `":memory:"` falls back to the pure in-memory database and says why in
    /// ``memoryFallbackReason``. (A SQLite built with `SQLITE_TEMP_STORE=3` keeps temporary databases in memory
    /// whatever is asked; Debian's is built with 1, the default.)
    static func open(path: String, busyTimeoutMilliseconds: Int32 = 5_000) throws -> SQLiteDatabase {
        _ = libraryConfigured
        var fallbackReason: String?
        if path == ":memory:" {
            do {
                return try openTemporary(busyTimeoutMilliseconds: busyTimeoutMilliseconds)
            } catch {
                fallbackReason = "\(error)"
            }
        }
        let database = SQLiteDatabase(handle: try connect(filename: path), path: path)
        database.memoryFallbackReason = fallbackReason
        try database.configure(busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        return database
    }

    /// Why `":memory:"` is SQLite's pure in-memory database, which holds every row in the process, rather than its
    /// temporary one; nil for every other database.
    private(set) var memoryFallbackReason: String?

    /// The temporary database behind `":memory:"`, once SQLite has shown it can create the file. It does that
    /// only when it first writes a page out, so the probe makes a table and flushes its page, which a flush does
    /// only inside a write transaction, and for pages no statement holds (page 1 is held all along), then rolls
    /// the table back.
    private static func openTemporary(busyTimeoutMilliseconds: Int32) throws -> SQLiteDatabase {
        let database = SQLiteDatabase(handle: try connect(filename: ""), path: ":memory:")
        try database.configure(busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        try database.executeScript("BEGIN IMMEDIATE; CREATE TABLE spill_probe (x)")
        let flushed = sqlite3_db_cacheflush(database.handle)
        try database.executeScript("ROLLBACK")
        // The connection's own message is not set by a flush: the code's text says what failed.
        guard flushed == SQLITE_OK else {
            throw SQLiteError(code: flushed, message: String(cString: sqlite3_errstr(flushed)))
        }
        return database
    }

    private static func connect(filename: String) throws -> OpaquePointer {
        var connection: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(filename, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let error = SQLiteError(code: code, connection: connection, sql: nil)
            sqlite3_close_v2(connection)
            throw error
        }
        return connection
    }

    /// Process-wide settings applied once, before the first connection (a lazy global runs exactly once).
    private static let libraryConfigured: Bool = {
        let statisticsOff = csqlite_disable_memory_statistics() == SQLITE_OK
        return GuardedPageCache.install() && statisticsOff
    }()

    private init(handle: OpaquePointer, path: String) {
        self.handle = handle
        self.path = path
    }

    deinit {
        // Statements must be finalized before the connection closes; close_v2 tolerates stragglers anyway.
        recentStatements.removeAll()
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    var isInMemory: Bool { path == ":memory:" || path.isEmpty }

    private func configure(busyTimeoutMilliseconds: Int32) throws {
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        // Recursive triggers, so that a row an `INSERT OR REPLACE` replaces runs its delete trigger, which keeps its
        // owner's count in `row_counts` (https://sqlite.org/lang_conflict.html, REPLACE). The count triggers write
        // only `row_counts`, which has none, so nothing recurses.
        try executeScript("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA recursive_triggers = ON;")
        guard !isInMemory else {
            // Rollback stays possible (a group commit undoes a failed batch) with the journal in memory. The
            // temporary database's default journal mode took 1.6x the CPU per create (`scripts/bench-ab.sh
            // create 8`); the price is that a large transaction (a restore, a reset) holds the original of every
            // page it changes until it ends.
            try executeScript("PRAGMA journal_mode = MEMORY")
            return
        }
        // journal_mode answers the mode actually in force; a read-only or odd filesystem may refuse WAL silently.
        let mode = try pragma("journal_mode = WAL")
        guard mode?.lowercased() == "wal" else {
            throw SQLiteError(code: SQLITE_ERROR, message: "could not enable WAL (journal_mode is \(mode ?? "nil"))",
                              sql: "PRAGMA journal_mode = WAL")
        }
    }

    // MARK: Statements

    /// A prepared statement for `sql`, prepared once per connection and reused.
    ///
    /// If the cached one is mid-iteration (a mapping closure querying the same SQL), a fresh one is returned
    /// instead, so re-entrant use is safe rather than silently resetting the outer loop.
    func cachedStatement(sql: String) throws -> SQLiteStatement {
        // A write runs the same few statements again and again (BEGIN IMMEDIATE, the INSERT, COMMIT).
        // Found here, a statement costs a `==` that, for the same String (a `static let`, a literal), compares two
        // words; the dictionary must hash the whole SQL text first, over 400 bytes for the application INSERT.
        let statement: SQLiteStatement
        if let recent = recentStatements.first(where: { $0.sql == sql }) {
            statement = recent
        } else if let cached = statementCache[sql] {
            statement = cached
            remember(cached)
        } else {
            statement = try SQLiteStatement(connection: handle, sql: sql)
            statementCache[sql] = statement
            remember(statement)
        }
        return statement.isBusy ? try SQLiteStatement(connection: handle, sql: sql) : statement
    }

    private func remember(_ statement: SQLiteStatement) {
        if recentStatements.count == Self.recentCapacity { recentStatements.removeLast() }
        recentStatements.insert(statement, at: 0)
    }

    /// Runs one statement (cached) to completion.
    func execute(sql: String, bindings: [SQLiteValue] = []) throws {
        try cachedStatement(sql: sql).run(bindings)
    }

    /// Runs one statement (cached) and maps every row.
    func query<T>(sql: String, bindings: [SQLiteValue] = [], _ map: (SQLiteRow) throws -> T) throws -> [T] {
        try cachedStatement(sql: sql).rows(bindings, map)
    }

    /// Runs one statement (cached) and maps its first row, if any.
    func queryFirst<T>(sql: String, bindings: [SQLiteValue] = [], _ map: (SQLiteRow) throws -> T) throws -> T? {
        try cachedStatement(sql: sql).firstRow(bindings, map)
    }

    /// Runs several `;`-separated statements without caching them (schema, pragmas).
    func executeScript(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            throw SQLiteError(code: code, message: text, sql: sql)
        }
    }

    /// The first column of the first row a pragma returns, as text.
    func pragma(_ body: String) throws -> String? {
        let statement = try SQLiteStatement(connection: handle, sql: "PRAGMA \(body)")
        return try statement.firstRow { $0.optionalText(0) } ?? nil
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// `PRAGMA user_version`, the schema version `Schema` maintains.
    var userVersion: Int {
        get throws { Int(try pragma("user_version") ?? "0") ?? 0 }
    }

    func setUserVersion(_ version: Int) throws {
        try executeScript("PRAGMA user_version = \(version)")
    }
}

/// Shared access goes through `SQLiteStore`'s mutex, never through the connection itself.
@available(*, unavailable)
extension SQLiteDatabase: Sendable {}
