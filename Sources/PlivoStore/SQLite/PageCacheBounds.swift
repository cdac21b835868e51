/// What one SQLite page cache may hold above a page number: enough to know when a truncation has nothing to drop.
///
/// SQLite truncates its page cache to the database size at the end of every transaction. The default cache
/// (pcache1) scans only the hash slots between the limit and the largest key it has ever seen, unless that key is
/// far above the limit; then it scans the whole table. B-tree balancing (in Debian 12's SQLite 3.40 among others)
/// swaps sibling pages through a scratch page number just past the lock-byte page (262,145 with 4 KiB pages), so
/// after an insert that rebalances pages out of order, as inserts into the random `app_id` index do, the largest
/// key seen is that scratch number and the next commit walks every cached page. In an in-memory database the cache
/// is the whole database, so that cost per commit grows with the data: a C loop of such inserts spends 13% of its
/// CPU there at 200,000 rows and 20% at 500,000, where it takes a third less CPU with this guard
/// (`perf record`, `perf stat -e task-clock`).
///
/// This tracks an upper bound on the keys present, and how many pages sit at the scratch number, from the calls
/// the cache sees. Every estimate errs on the side of keeping a page (a discarded page is not subtracted; a page
/// moved onto an occupied scratch slot is counted twice), so `mustTruncate` can say false only when nothing at or
/// above the limit can be cached.
struct PageCacheBounds: Equatable {
    /// The page number balancing borrows: `PENDING_BYTE / page size + 1` (https://sqlite.org/fileformat.html,
    /// "the lock-byte page"), with SQLite's default `PENDING_BYTE` of 0x40000000.
    let scratchKey: UInt32
    /// No page other than those at `scratchKey` has a larger key.
    private var largestKey: UInt32 = 0
    /// At least as many pages as sit at `scratchKey`.
    private(set) var pagesAtScratchKey = 0

    init(pageSize: Int32) {
        scratchKey = UInt32(0x4000_0000 / Int(max(pageSize, 1))) + 1
    }

    /// A page was found or created at `key`.
    mutating func fetched(_ key: UInt32) {
        largestKey = max(largestKey, key)
    }

    /// A page moved from `oldKey` to `newKey`.
    mutating func rekeyed(from oldKey: UInt32, to newKey: UInt32) {
        if oldKey == scratchKey, pagesAtScratchKey > 0 { pagesAtScratchKey -= 1 }
        if newKey == scratchKey {
            pagesAtScratchKey += 1
        } else {
            largestKey = max(largestKey, newKey)
        }
    }

    /// Whether a page with a key of `limit` or more may be cached, so dropping them has work to do.
    func mustTruncate(below limit: UInt32) -> Bool {
        limit <= largestKey || (pagesAtScratchKey > 0 && limit <= scratchKey)
    }

    /// Every page with a key of `limit` or more was dropped.
    mutating func truncated(below limit: UInt32) {
        if limit <= largestKey { largestKey = limit == 0 ? 0 : limit - 1 }
        if limit <= scratchKey { pagesAtScratchKey = 0 }
    }
}
