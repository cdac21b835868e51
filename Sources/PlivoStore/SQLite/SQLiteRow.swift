import CSQLite

/// The current row of a stepping statement, valid only inside the mapping closure that receives it.
///
/// Column indexes start at 0, in the order of the SELECT list.
struct SQLiteRow {
    let statement: OpaquePointer

    func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(statement, Int32(index)) == SQLITE_NULL
    }

    func int64(_ index: Int) -> Int64 {
        sqlite3_column_int64(statement, Int32(index))
    }

    func int(_ index: Int) -> Int {
        Int(int64(index))
    }

    func bool(_ index: Int) -> Bool {
        int64(index) != 0
    }

    /// Text of the column; NULL reads as "" (use `optionalText` where NULL means something).
    func text(_ index: Int) -> String {
        optionalText(index) ?? ""
    }

    func optionalText(_ index: Int) -> String? {
        let column = Int32(index)
        guard let bytes = sqlite3_column_text(statement, column) else { return nil }
        // Decode by length rather than as a C string so an embedded NUL cannot truncate the value.
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}
