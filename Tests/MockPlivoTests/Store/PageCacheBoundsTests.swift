import Testing
@testable import MockPlivo
@testable import PlivoStore

@Suite("Page cache bounds")
struct PageCacheBoundsTests {
    @Test("The scratch page is the one after the lock-byte page, for the page size in use")
    func scratchKey() {
        #expect(PageCacheBounds(pageSize: 4096).scratchKey == 262_145)
        #expect(PageCacheBounds(pageSize: 65_536).scratchKey == 16_385)
        #expect(PageCacheBounds(pageSize: 512).scratchKey == 2_097_153)
    }

    @Test("An empty cache has nothing to truncate; a fetched page is kept until a limit at or below it")
    func fetchedPages() {
        var bounds = PageCacheBounds(pageSize: 4096)
        #expect(!bounds.mustTruncate(below: 1))
        bounds.fetched(10)
        bounds.fetched(3)
        #expect(!bounds.mustTruncate(below: 11))
        #expect(bounds.mustTruncate(below: 10))
        #expect(bounds.mustTruncate(below: 1))
    }

    @Test("After a truncation, only pages fetched since count")
    func truncation() {
        var bounds = PageCacheBounds(pageSize: 4096)
        bounds.fetched(10)
        bounds.truncated(below: 4)
        #expect(!bounds.mustTruncate(below: 4))
        #expect(bounds.mustTruncate(below: 3))
        bounds.fetched(7)
        #expect(bounds.mustTruncate(below: 5))
        bounds.truncated(below: 0)
        #expect(!bounds.mustTruncate(below: 1))
    }

    @Test("A page parked at the scratch number while balancing does not raise the bound once it moves on")
    func scratchRekey() {
        var bounds = PageCacheBounds(pageSize: 4096)
        bounds.fetched(20)
        bounds.rekeyed(from: 12, to: bounds.scratchKey)
        #expect(bounds.mustTruncate(below: 21), "the parked page is above the limit")
        bounds.rekeyed(from: 15, to: 12)
        bounds.rekeyed(from: bounds.scratchKey, to: 15)
        #expect(!bounds.mustTruncate(below: 21))
        #expect(bounds.mustTruncate(below: 20))
    }

    @Test("A page moved to a key above the bound raises it")
    func rekeyAboveBound() {
        var bounds = PageCacheBounds(pageSize: 4096)
        bounds.fetched(5)
        bounds.rekeyed(from: 5, to: 9)
        #expect(bounds.mustTruncate(below: 9))
        #expect(!bounds.mustTruncate(below: 10))
    }

    @Test("Counts err high: a page moved onto an occupied scratch slot keeps the truncation until one runs")
    func scratchCountErrsHigh() {
        var bounds = PageCacheBounds(pageSize: 4096)
        bounds.fetched(8)
        bounds.rekeyed(from: 3, to: bounds.scratchKey)
        bounds.rekeyed(from: 4, to: bounds.scratchKey)  // SQLite drops the first page; the count says two
        bounds.rekeyed(from: bounds.scratchKey, to: 3)
        #expect(bounds.mustTruncate(below: 9))
        bounds.truncated(below: 9)
        #expect(!bounds.mustTruncate(below: 9))
        #expect(bounds.pagesAtScratchKey == 0)
    }

    @Test("A limit above the scratch number ignores pages parked below it")
    func limitAboveScratch() {
        var bounds = PageCacheBounds(pageSize: 4096)
        bounds.rekeyed(from: 2, to: bounds.scratchKey)
        #expect(bounds.mustTruncate(below: bounds.scratchKey))
        #expect(!bounds.mustTruncate(below: bounds.scratchKey + 1))
    }
}
