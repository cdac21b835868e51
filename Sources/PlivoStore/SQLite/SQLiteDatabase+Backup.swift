#if canImport(Glibc)
    import Glibc
#endif
import CSQLite

extension SQLiteDatabase {
    /// Copies the whole database into the file at `path` (replaced if it exists), with SQLite's online backup API.
    ///
    /// Used for snapshots: the copy is consistent even while this connection has written in WAL mode
    /// (https://sqlite.org/backup.html). The copy carries the source's journal mode in its header, so it is switched
    /// to rollback mode afterwards: a snapshot is one file, and opening it later (to restore it) makes no `-wal` or
    /// `-shm` file beside it.
    func backup(to path: String) throws {
        let destination = try SQLiteDatabase.openPlain(path: path)
        defer { sqlite3_close_v2(destination) }
        try SQLiteDatabase.copy(from: handle, to: destination, reportingOn: destination)
        let code = sqlite3_exec(destination, "PRAGMA journal_mode = DELETE", nil, nil, nil)
        guard code == SQLITE_OK else { throw SQLiteError(code: code, connection: destination) }
    }

    /// Replaces this database's contents with those of the file at `path`, once ``Schema/validate(snapshot:path:)``
    /// has found it to be a mock-plivo database this build can read; otherwise throws
    /// ``StoreError/unusableDatabase(path:reason:)`` and changes nothing.
    ///
    /// The file is opened read-only and, unless a `-wal` beside it holds commits it needs, as immutable, so that
    /// opening it creates no `-wal` or `-shm` file (a read-only connection cannot remove them when it closes).
    /// Cached statements stay valid: SQLite re-prepares them on the schema change (`sqlite3_prepare_v2`).
    func restore(from path: String) throws {
        let source = try SQLiteDatabase.openSource(path: path)
        defer { sqlite3_close_v2(source) }
        try Schema.validate(snapshot: source, path: path)
        try SQLiteDatabase.copy(from: source, to: handle, reportingOn: handle)
    }

    private static func openSource(path: String) throws -> OpaquePointer {
        var info = stat()
        let hasLog = stat(path + "-wal", &info) == 0 && info.st_size > 0
        guard !hasLog else { return try openPlain(path: path, flags: SQLITE_OPEN_READONLY) }
        return try openPlain(path: "file:\(uriEscaped(path))?immutable=1", flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_URI)
    }

    /// `path` with the characters a URI filename gives a meaning to (`%`, `?`, `#`) escaped
    /// (https://sqlite.org/uri.html).
    private static func uriEscaped(_ path: String) -> String {
        var escaped = ""
        for character in path {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    private static func openPlain(
        path: String, flags: Int32 = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
    ) throws -> OpaquePointer {
        var connection: OpaquePointer?
        let code = sqlite3_open_v2(path, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let error = SQLiteError(code: code, connection: connection)
            sqlite3_close_v2(connection)
            throw error
        }
        return connection
    }

    private static func copy(from source: OpaquePointer, to destination: OpaquePointer,
                             reportingOn errorConnection: OpaquePointer) throws {
        guard let backup = sqlite3_backup_init(destination, "main", source, "main") else {
            throw SQLiteError(code: sqlite3_errcode(destination), connection: destination)
        }
        // -1 copies every page in one step: the databases are small and nothing should interleave.
        let stepCode = sqlite3_backup_step(backup, -1)
        let finishCode = sqlite3_backup_finish(backup)
        guard stepCode == SQLITE_DONE else {
            throw SQLiteError(code: stepCode, message: String(cString: sqlite3_errstr(stepCode)))
        }
        guard finishCode == SQLITE_OK else {
            throw SQLiteError(code: finishCode, connection: errorConnection)
        }
    }
}
