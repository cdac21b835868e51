import Foundation
import Testing
@testable import HTTPServerKit
@testable import MockPlivo
@testable import Primitives

/// The journal's long-poll bookkeeping on its own, without a server: a waiter completes exactly when its count of
/// matching entries is reached, also when clears and a full ring make a running count wrong.
@Suite("Request journal waiters")
struct RequestJournalTests {
    private static func entry(_ path: String) -> JournalEntry {
        // The account as the router reads it from `/v1/Account/{auth_id}/…`.
        let segments = path.split(separator: "/")
        let account = segments.count > 2 && segments[1] == "Account" ? String(segments[2]) : nil
        return JournalEntry(
            sequence: 0, request: HTTPRequest(method: .get, target: path), account: account, arrival: Date())
    }

    /// Registers a waiter for `count` entries under `/v1/Account/MAONE/` and returns what it was completed with.
    private static func park(_ journal: RequestJournal, count: Int) -> LockedValue<[Int]?> {
        let outcome = LockedValue<[Int]?>(nil)
        journal.wait(for: JournalFilter(account: "MAONE"), count: count, timeout: .seconds(30)) { listing, _ in
            outcome.withLock { $0 = listing.entries.map(\.sequence) }
        }
        return outcome
    }

    @Test("Only matching entries count, and the waiter gets every match")
    func countsMatchingEntries() {
        let journal = RequestJournal(capacity: 100)
        journal.record(Self.entry("/v1/Account/MAONE/Application/"))
        let outcome = Self.park(journal, count: 3)
        journal.record(Self.entry("/v1/Account/MATWO/Application/"))
        journal.record(Self.entry("/v1/Account/MAONE/Call/"))
        #expect(outcome.withLock { $0 } == nil)
        journal.record(Self.entry("/v1/Account/MAONE/Endpoint/"))
        #expect(outcome.withLock { $0 } == [1, 3, 4])
        #expect(journal.waiterCount == 0)
    }

    @Test("A clear takes its entries out of a parked waiter's count")
    func clearLowersTheCount() {
        let journal = RequestJournal(capacity: 100)
        let outcome = Self.park(journal, count: 2)
        journal.record(Self.entry("/v1/Account/MAONE/Application/"))
        journal.clear(matching: JournalFilter())
        journal.record(Self.entry("/v1/Account/MAONE/Application/"))
        #expect(outcome.withLock { $0 } == nil)
        journal.record(Self.entry("/v1/Account/MAONE/Application/"))
        #expect(outcome.withLock { $0 } == [2, 3])
    }

    @Test("Recording keeps a parked waiter's count exact without rescanning the ring, evictions included")
    func recordingDoesNotRescan() {
        let journal = RequestJournal(capacity: 4)
        let outcome = Self.park(journal, count: 4)
        let scansAfterParking = journal.ringScans
        // The ring always holds two of MAONE's entries and two of another account's: the waiter is never satisfied,
        // and each new MAONE entry pushes an older MAONE entry out.
        for _ in 0..<200 {
            journal.record(Self.entry("/v1/Account/MAONE/Application/"))
            journal.record(Self.entry("/v1/Account/MATWO/Application/"))
        }
        #expect(outcome.withLock { $0 } == nil)
        #expect(journal.ringScans == scansAfterParking)
        for _ in 0..<3 { journal.record(Self.entry("/v1/Account/MAONE/Application/")) }
        #expect(outcome.withLock { $0 } == nil)
        journal.record(Self.entry("/v1/Account/MAONE/Application/"))
        #expect(outcome.withLock { $0 } == [401, 402, 403, 404])
    }

    @Test("Entries pushed out of a full ring do not count")
    func evictionsDoNotCount() {
        let journal = RequestJournal(capacity: 2)
        let outcome = Self.park(journal, count: 3)
        for _ in 0..<5 { journal.record(Self.entry("/v1/Account/MAONE/Application/")) }
        #expect(outcome.withLock { $0 } == nil)
        #expect(journal.waiterCount == 1)
    }
}
