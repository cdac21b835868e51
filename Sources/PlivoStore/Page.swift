/// One page of a list, with what the handler needs to build Plivo's `meta`.
package struct Page<Item: Sendable>: Sendable {
    package var items: [Item]
    /// Matching rows across all pages (`meta.total_count`).
    package var totalCount: Int
    package var limit: Int
    package var offset: Int

    package init(items: [Item], totalCount: Int, limit: Int, offset: Int) {
        self.items = items
        self.totalCount = totalCount
        self.limit = limit
        self.offset = offset
    }
}

extension Page: Equatable where Item: Equatable {}

/// Where a list starts and how long it is. The store applies it as given; capping is the handler's job.
package struct PageRequest: Sendable, Equatable {
    package var limit: Int
    package var offset: Int

    package init(limit: Int = 20, offset: Int = 0) {
        self.limit = limit
        self.offset = offset
    }
}
