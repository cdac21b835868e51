import CSQLite
@testable import PlivoStore

/// The statements a store runs while a body runs, each with the virtual-machine steps it took
/// (`SQLITE_STMTSTATUS_VM_STEP`, https://sqlite.org/c3ref/c_stmtstatus_counter.html). Steps grow with the rows a
/// statement visits, so a read whose cost does not depend on how many rows the table holds takes the same steps
/// with more of them: what these tests compare, rather than timings.
final class StatementRecorder {
    struct Run {
        let sql: String
        let steps: Int
    }

    private var runs: [Run] = []

    /// Every statement `store` ran during `body`, in order. `body` must not run on other threads.
    static func record(_ store: SQLiteStore, _ body: () throws -> Void) throws -> [Run] {
        let recorder = StatementRecorder()
        let context = Unmanaged.passUnretained(recorder).toOpaque()
        try store.read { database in
            _ = sqlite3_trace_v2(
                database.handle, UInt32(SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE),
                { kind, context, statement, _ in
                    guard let context, let statement else { return 0 }
                    let handle = OpaquePointer(statement)
                    // The counter adds up across a cached statement's runs: zeroed as one starts, read as it ends.
                    let steps = Int(sqlite3_stmt_status(handle, SQLITE_STMTSTATUS_VM_STEP, 1))
                    if kind == UInt32(SQLITE_TRACE_PROFILE), let sql = sqlite3_sql(handle) {
                        Unmanaged<StatementRecorder>.fromOpaque(context).takeUnretainedValue()
                            .runs.append(Run(sql: String(cString: sql), steps: steps))
                    }
                    return 0
                }, context)
        }
        defer { try? store.read { database in _ = sqlite3_trace_v2(database.handle, 0, nil, nil) } }
        try withExtendedLifetime(recorder) { try body() }
        return recorder.runs
    }

    /// `EXPLAIN QUERY PLAN` of `sql`, one detail per line (`SEARCH applications USING INDEX …`).
    static func plan(of sql: String, in store: SQLiteStore) throws -> [String] {
        try store.read { database in
            try database.query(sql: "EXPLAIN QUERY PLAN \(sql)") { $0.text(3) }
        }
    }
}
