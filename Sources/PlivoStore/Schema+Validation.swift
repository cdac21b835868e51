import CSQLite

extension Schema {
    /// The tables each version brings, by the version that brought them.
    static let tablesByVersion: [(version: Int, tables: [String])] = [
        (1, ["accounts", "applications", "endpoints"]),
        (3, ["incoming_carriers", "numbers", "row_counts"]),
        (4, ["messages", "handsets"]),
        (5, ["calls"]),
        (6, ["recordings"]),
    ]

    /// Throws ``StoreError/unusableDatabase(path:reason:)`` unless the database open on `connection` is a mock-plivo
    /// database this build can migrate: a schema version from 1 to ``currentVersion`` (`PRAGMA user_version`, which
    /// every migration sets) and every table that version has. An empty file, another application's database or one
    /// from a newer build is refused before anything is replaced.
    static func validate(snapshot connection: OpaquePointer, path: String) throws {
        func refuse(_ reason: String) -> StoreError { .unusableDatabase(path: path, reason: reason) }
        let tables: [String]
        let version: Int
        do {
            tables = try strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table'")
            version = Int(try strings(connection, "PRAGMA user_version").first ?? "0") ?? 0
        } catch let error as SQLiteError where error.primaryCode == SQLITE_NOTADB {
            throw refuse("it is not a SQLite database")
        }
        guard !tables.isEmpty || version != 0 else { throw refuse("it is empty") }
        guard version > 0 else { throw refuse("it has no mock-plivo schema version (PRAGMA user_version is 0)") }
        guard version <= currentVersion else {
            throw refuse("its schema version \(version) is newer than this build's (\(currentVersion)); use a newer mock-plivo")
        }
        let missing = tablesByVersion.filter { $0.version <= version }.flatMap(\.tables).filter { !tables.contains($0) }
        guard missing.isEmpty else { throw refuse("it lacks the tables \(missing.joined(separator: ", "))") }
    }

    /// The first column of every row of `sql`, as text.
    private static func strings(_ connection: OpaquePointer, _ sql: String) throws -> [String] {
        var statement: OpaquePointer?
        let prepared = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        defer { sqlite3_finalize(statement) }
        guard prepared == SQLITE_OK, let statement else { throw SQLiteError(code: prepared, connection: connection, sql: sql) }
        var values: [String] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return values }
            guard code == SQLITE_ROW else { throw SQLiteError(code: code, connection: connection, sql: sql) }
            values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
        }
    }
}
