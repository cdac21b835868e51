/// The tables whose rows ``SQLiteStore`` keeps in read caches, so that a write can say which it may change and
/// leave the others warm (an application create must not send every request's account lookup back to SQLite).
package struct CachedTables: OptionSet, Sendable {
    package let rawValue: Int

    package init(rawValue: Int) {
        self.rawValue = rawValue
    }

    package static let accounts = CachedTables(rawValue: 1 << 0)
    package static let applications = CachedTables(rawValue: 1 << 1)
    /// The set of held numbers the inventory's searches leave out.
    package static let numbers = CachedTables(rawValue: 1 << 2)
    /// Each main account's handsets: every message sent looks its destination's up.
    package static let handsets = CachedTables(rawValue: 1 << 3)
    /// What a write that does not say may have changed: everything.
    package static let all: CachedTables = [.accounts, .applications, .numbers, .handsets]
}
