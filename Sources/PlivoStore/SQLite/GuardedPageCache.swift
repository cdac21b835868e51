import CSQLite

/// SQLite's own page cache behind a guard that skips truncations with nothing to drop (see `PageCacheBounds`).
///
/// Installed process-wide through `SQLITE_CONFIG_PCACHE2` (https://sqlite.org/c3ref/pcache_methods2.html), which
/// must happen before the library initializes. Every method forwards to the default cache; only `xTruncate` may
/// return early. SQLite calls one cache from one connection at a time, so each cache's bounds need no lock.
enum GuardedPageCache {
    /// The default cache's methods, written once by `install` before any connection exists and only read after.
    nonisolated(unsafe) private static var base = sqlite3_pcache_methods2()

    /// One cache: the default cache's methods (a copy, so the hot paths read no global) and handle, and its bounds.
    private struct Entry {
        let methods: sqlite3_pcache_methods2
        let cache: OpaquePointer
        var bounds: PageCacheBounds
    }

    /// Puts the guard in front of the default cache. False if SQLite refused (already initialized), in which case
    /// the default cache stays in place and works as before.
    static func install() -> Bool {
        guard csqlite_get_page_cache(&base) == SQLITE_OK, base.xCreate != nil else { return false }
        var methods = base  // iVersion, pArg, xInit and xShutdown carry over; SQLite copies the struct
        methods.xCreate = { pageSize, extraSize, purgeable in
            let base = GuardedPageCache.base
            guard let cache = base.xCreate(pageSize, extraSize, purgeable) else { return nil }
            let entry = UnsafeMutablePointer<Entry>.allocate(capacity: 1)
            entry.initialize(to: Entry(methods: base, cache: cache, bounds: PageCacheBounds(pageSize: pageSize)))
            return OpaquePointer(entry)
        }
        methods.xCachesize = { cache, pages in
            let entry = GuardedPageCache.entry(cache)
            entry.pointee.methods.xCachesize(entry.pointee.cache, pages)
        }
        methods.xPagecount = { cache in
            let entry = GuardedPageCache.entry(cache)
            return entry.pointee.methods.xPagecount(entry.pointee.cache)
        }
        methods.xFetch = { cache, key, create in
            let entry = GuardedPageCache.entry(cache)
            let page = entry.pointee.methods.xFetch(entry.pointee.cache, key, create)
            if page != nil { entry.pointee.bounds.fetched(key) }
            return page
        }
        methods.xUnpin = { cache, page, discard in
            let entry = GuardedPageCache.entry(cache)
            entry.pointee.methods.xUnpin(entry.pointee.cache, page, discard)
        }
        methods.xRekey = { cache, page, oldKey, newKey in
            let entry = GuardedPageCache.entry(cache)
            entry.pointee.methods.xRekey(entry.pointee.cache, page, oldKey, newKey)
            entry.pointee.bounds.rekeyed(from: oldKey, to: newKey)
        }
        methods.xTruncate = { cache, limit in
            let entry = GuardedPageCache.entry(cache)
            guard entry.pointee.bounds.mustTruncate(below: limit) else { return }
            entry.pointee.methods.xTruncate(entry.pointee.cache, limit)
            entry.pointee.bounds.truncated(below: limit)
        }
        methods.xDestroy = { cache in
            let entry = GuardedPageCache.entry(cache)
            entry.pointee.methods.xDestroy(entry.pointee.cache)
            entry.deinitialize(count: 1)
            entry.deallocate()
        }
        methods.xShrink = { cache in
            let entry = GuardedPageCache.entry(cache)
            entry.pointee.methods.xShrink(entry.pointee.cache)
        }
        return csqlite_set_page_cache(&methods) == SQLITE_OK
    }

    /// The entry behind a handle `xCreate` returned; SQLite never passes any other.
    private static func entry(_ cache: OpaquePointer?) -> UnsafeMutablePointer<Entry> {
        UnsafeMutablePointer(cache!)
    }
}
