/// One page of a list, with what the handler needs to build Plivo's `meta`.
struct Page<Item: Sendable>: Sendable {
    var items: [Item]
    /// Matching rows across all pages (`meta.total_count`).
    var totalCount: Int
    var limit: Int
    var offset: Int
}

extension Page: Equatable where Item: Equatable {}

/// Where a list starts and how long it is. The store applies it as given; capping is the handler's job.
struct PageRequest: Sendable, Equatable {
    var limit: Int
    var offset: Int

    init(limit: Int = 20, offset: Int = 0) {
        self.limit = limit
        self.offset = offset
    }
}
