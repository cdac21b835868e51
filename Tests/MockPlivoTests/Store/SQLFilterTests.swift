import Testing
@testable import PlivoStore

/// The prefix range lists use for `app_name` and `number_startswith`: exactly the texts that start with the prefix.
@Suite("SQL filter")
struct SQLFilterTests {
    @Test("A prefix's upper bound raises its last scalar, past the surrogates and over trailing U+10FFFF", arguments: [
        ("abc", "abd"), ("99", "9:"), ("a_", "a`"), ("\u{D7FF}", "\u{E000}"), ("é", "ê"),
        ("a\u{10FFFF}", "b"), ("a\u{10FFFF}\u{10FFFF}", "b"),
    ])
    func upperBound(prefix: String, bound: String) {
        #expect(SQLFilter.upperBound(ofPrefix: prefix).map { Array($0.unicodeScalars) } == Array(bound.unicodeScalars))
    }

    @Test("A prefix of U+10FFFF alone has no upper bound")
    func noUpperBound() {
        #expect(SQLFilter.upperBound(ofPrefix: "\u{10FFFF}") == nil)
        #expect(SQLFilter.upperBound(ofPrefix: "") == nil)
    }

    @Test("The store's app_name prefix keeps exactly the names that start with it, byte for byte", arguments: [
        "a", "a_", "a%", "ab", "é", "e", "\u{10FFFF}", "x\u{10FFFF}", "日本", "A",
    ])
    func storePrefixIsExact(prefix: String) throws {
        let fixture = try StoreFixture()
        let names = ["a", "a_b", "axb", "a%c", "abc", "ab", "é1", "e\u{301}", "e", "ê", "\u{10FFFF}z",
                     "x\u{10FFFF}\u{10FFFF}", "x\u{10FFFF}", "日本語", "日本", "日", "A", "b"]
        for name in names { try fixture.makeApplication(name) }
        let listed = try fixture.store.listApplications(ApplicationQuery(appNamePrefix: prefix), in: fixture.main)
        let expected = names.filter { $0.unicodeScalars.starts(with: prefix.unicodeScalars) }
        // Compared scalar by scalar: Swift's String equality would take "e\u{301}" for "é".
        let scalars = { (name: String) in name.unicodeScalars.map(\.value) }
        #expect(Set(listed.items.map { scalars($0.appName) }) == Set(expected.map(scalars)))
        #expect(listed.totalCount == expected.count)
    }
}
