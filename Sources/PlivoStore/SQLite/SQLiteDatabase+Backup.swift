import CSQLite

extension SQLiteDatabase {
    /// Copies the whole database into the file at `path` (replaced if it exists), with SQLite's online backup API.
    ///
    /// Used for snapshots: the copy is consistent even while this connection has written in WAL mode
    /// (https://sqlite.org/backup.html).
    func backup(to path: String) throws {
        let destination = try SQLiteDatabase.openPlain(path: path)
        defer { sqlite3_close_v2(destination) }
        try SQLiteDatabase.copy(from: handle, to: destination, reportingOn: destination)
    }

    /// Replaces this database's contents with those of the file at `path`.
    ///
    /// Cached statements stay valid: SQLite re-prepares them on the schema change (`sqlite3_prepare_v2`).
    func restore(from path: String) throws {
        let source = try SQLiteDatabase.openPlain(path: path, flags: SQLITE_OPEN_READONLY)
        defer { sqlite3_close_v2(source) }
        try SQLiteDatabase.copy(from: source, to: handle, reportingOn: handle)
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
