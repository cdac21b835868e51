/// What one list reads: the kind its owners' counts are kept under in `row_counts`, and its SQL around the
/// `WHERE` clause a ``SQLFilter`` writes.
struct ListSource {
    /// The `row_counts` kind (`applications`, `numbers`, ...).
    let kind: String
    /// What `count(*)` reads when a filter rules out the kept count: the table, with the alias the filter uses.
    let counted: String
    /// `SELECT … FROM …`, joins included.
    let select: String
    /// `ORDER BY` terms: newest first, with a tie-break.
    let order: String
}

extension SQLiteStore {
    /// One page of `source` narrowed by `filter`, with `meta.total_count`: the owners' kept count when nothing but
    /// ownership narrows the list, so that a first page costs the same however many rows the account has; else
    /// a count of the matching rows, which the filter's index bounds.
    func listPage<Item: Sendable>(
        _ source: ListSource, filter: SQLFilter, page: PageRequest, database: SQLiteDatabase,
        _ decode: (SQLiteRow) -> Item
    ) throws -> Page<Item> {
        guard !filter.owners.seesNothing else {
            return Page(items: [], totalCount: 0, limit: page.limit, offset: page.offset)
        }
        let total = filter.isOwnershipOnly
            ? try rowCount(source.kind, mainAccountID: filter.owners.mainAccountID,
                           subaccountID: filter.owners.subaccountID, database: database)
            : try database.queryFirst(sql: "SELECT count(*) FROM \(source.counted) WHERE \(filter.whereClause)",
                                      bindings: filter.bindings) { $0.int(0) } ?? 0
        let paging = filter.page(page)
        let items = try database.query(
            sql: "\(source.select) WHERE \(filter.whereClause) ORDER BY \(source.order) \(paging.sql)",
            bindings: paging.bindings, decode)
        return Page(items: items, totalCount: total, limit: page.limit, offset: page.offset)
    }

    /// How many rows of `kind` an owner has, from the counts kept in `row_counts` (``PendingRowCounts``, `Schema`):
    /// a main account's own and its subaccounts' when `subaccountID` is nil. One indexed read however many rows
    /// there are.
    func rowCount(_ kind: String, mainAccountID: String, subaccountID: String?, database: SQLiteDatabase) throws -> Int {
        if let subaccountID {
            return try database.queryFirst(sql: """
                SELECT count FROM row_counts WHERE kind = ?1 AND account_id = ?2 AND subaccount_id = ?3
                """, bindings: [.text(kind), .text(mainAccountID), .text(subaccountID)]) { $0.int(0) } ?? 0
        }
        return try database.queryFirst(sql: """
            SELECT coalesce(sum(count), 0) FROM row_counts WHERE kind = ?1 AND account_id = ?2
            """, bindings: [.text(kind), .text(mainAccountID)]) { $0.int(0) } ?? 0
    }
}
