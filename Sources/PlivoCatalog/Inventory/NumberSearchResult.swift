/// One page of a phone-number search and the facts Plivo's `meta` object needs.
public struct NumberSearchResult: Hashable, Sendable {
    /// The page, in the inventory's order (ascending number).
    public let numbers: [OfferedNumber]
    /// How many numbers match the query and are still for sale, over all pages: `meta.total_count`.
    public let totalCount: Int
    /// The page size used (the query's, floored at 0): `meta.limit`.
    public let limit: Int
    /// The offset used (the query's, floored at 0): `meta.offset`.
    public let offset: Int

    public init(numbers: [OfferedNumber], totalCount: Int, limit: Int, offset: Int) {
        self.numbers = numbers
        self.totalCount = totalCount
        self.limit = limit
        self.offset = offset
    }

    /// The offset of the next page, or nil on the last one: what `meta.next` links to.
    public var nextOffset: Int? {
        // Written so that no sum can overflow: offset and limit come from a query string.
        limit > 0 && offset < totalCount && totalCount - offset > limit ? offset + limit : nil
    }

    /// The offset of the previous page, or nil on the first one: what `meta.previous` links to.
    public var previousOffset: Int? {
        offset > 0 ? max(0, offset - limit) : nil
    }

    static func empty(limit: Int, offset: Int) -> NumberSearchResult {
        NumberSearchResult(numbers: [], totalCount: 0, limit: limit, offset: offset)
    }
}
