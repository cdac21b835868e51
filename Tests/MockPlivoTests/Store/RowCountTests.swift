import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoStore

/// `row_counts`, which lists answer `total_count` from, says what the rows say after every way rows come, move
/// and go: creates, changes of owner, deletes and their cascades, resets, account deletes, snapshot restores,
/// fixtures loaded again, and a migration from the version before the counts.
@Suite("Row counts")
struct RowCountTests {
    static let otherMainID = "MAOTHERACCOUNT000001"

    /// What changes the rows, after the fixture holds some of every kind in the main account, a subaccount of it
    /// and another main account.
    static let changes: [(String, @Sendable (StoreFixture, AccountScope) throws -> Void)] = [
        ("nothing", { _, _ in }),
        ("moving an application and a number to the subaccount and back", { fixture, sub in
            let app = try #require(try fixture.store.listApplications(ApplicationQuery(), in: fixture.main).items
                .first { $0.subaccountID == nil })
            let subaccountID = try #require(sub.subaccountID)
            _ = try fixture.store.updateApplication(
                id: app.appID, changes: ApplicationChanges(subaccountID: subaccountID), in: fixture.main)
            _ = try fixture.store.updateNumber("14155550001", changes: NumberChanges(subaccountID: subaccountID),
                                               in: fixture.main)
        }),
        ("deleting one of each", { fixture, sub in
            let store = fixture.store
            let app = try #require(try store.listApplications(ApplicationQuery(), in: sub).items.first)
            try store.deleteApplication(id: app.appID, cascade: true, newEndpointApplication: nil, in: sub)
            let endpoint = try #require(try store.listEndpoints(in: fixture.main, page: PageRequest()).items.first)
            try store.deleteEndpoint(id: endpoint.endpointID, in: fixture.main)
            try store.deleteNumber("14155550002", in: fixture.main)
            let carrier = try #require(try store.listCarriers(nameContaining: nil, page: PageRequest(), in: sub)
                .items.first)
            try store.deleteCarrier(id: carrier.carrierID, in: sub)
            _ = try store.deleteRecording(id: "main-r-0", in: fixture.main)
        }),
        ("deleting the subaccount, its rows moving to the main account", { fixture, sub in
            try fixture.store.deleteSubaccount(authID: try #require(sub.subaccountID), parentID: StoreFixture.mainID,
                                               cascade: false)
        }),
        ("deleting the subaccount with its rows", { fixture, sub in
            try fixture.store.deleteSubaccount(authID: try #require(sub.subaccountID), parentID: StoreFixture.mainID,
                                               cascade: true)
        }),
        ("resetting the subaccount", { fixture, sub in
            try fixture.store.resetAccount(authID: try #require(sub.subaccountID))
        }),
        ("resetting the main account", { fixture, _ in try fixture.store.resetAccount(authID: StoreFixture.mainID) }),
        ("resetting everything", { fixture, _ in try fixture.store.resetAll() }),
        ("deleting the other main account", { fixture, _ in try fixture.store.deleteMainAccount(authID: otherMainID) }),
        ("restoring a snapshot taken before more rows came", { fixture, sub in
            let file = TemporaryDatabasePath()
            defer { file.remove() }
            try fixture.store.backup(to: file.path)
            try fill(fixture, sub, tag: "later")
            try fixture.store.resetAccount(authID: otherMainID)
            try fixture.store.restore(from: file.path)
        }),
        ("a write that inserts, then fails and rolls back, before one that commits", { fixture, sub in
            let store = fixture.store
            let failing = store.applicationInsert(ApplicationDraft(appName: "rolled_back", answerURL: "https://a"),
                                                  in: sub)
            #expect(throws: StoreError.self) {
                try store.write { database in
                    _ = try failing.run(database)
                    throw StoreError.storage("fails after its insert")
                }
            }
            try fixture.makeApplications(1, named: "after_rollback_", in: fixture.main)
        }),
        ("a fixture set naming one application and one endpoint twice, for an owner that has none yet", { fixture, _ in
            // The second of each replaces the first in the same transaction, before the first's insert is counted.
            let owner = "MAFIXTURETWICE000001"
            _ = try fixture.store.createMainAccount(authID: owner, authToken: "twice", name: "twice")
            let app = Application(
                appID: "90000000000000001", accountID: owner, appName: "twice", answerURL: "https://a",
                answerMethod: "POST", hangupURL: "https://a", hangupMethod: "POST", fallbackAnswerURL: "",
                fallbackMethod: "POST", messageURL: "", messageMethod: "POST", defaultNumberApp: false,
                defaultEndpointApp: false, enabled: true, publicURI: false, logIncomingMessages: true)
            let endpoint = FixtureEndpoint(
                endpoint: Endpoint(endpointID: "90000001", accountID: owner, username: "twice", passwordHash: "",
                                   alias: "twice"),
                password: "secret")
            try fixture.store.importFixtures(
                FixtureSet(applications: [app, app], endpoints: [endpoint, endpoint]))
        }),
        ("loading the same fixtures twice", { fixture, _ in
            let loader = FixtureLoader(store: fixture.store, defaultAccountID: StoreFixture.mainID)
            try loader.load(directory: FixtureLoaderTests.repositoryFixtures)
            try loader.load(directory: FixtureLoaderTests.repositoryFixtures)
        }),
    ]

    @Test("row_counts matches the rows after", arguments: changes.indices)
    func countsMatchRows(change: Int) throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        try Self.fill(fixture, sub, tag: "first")
        try Self.changes[change].1(fixture, sub)
        let counts = try Self.counts(fixture.store)
        #expect(counts.kept == counts.actual, "\(Self.changes[change].0)")
    }

    @Test("A version-6 database migrates with counts taken from its rows, which its lists then answer")
    func version6IsMigratedWithCounts() throws {
        let file = TemporaryDatabasePath()
        defer { file.remove() }
        let main = "MAMIGRATE00000000001", sub = "SAMIGRATE00000000001"
        do {
            let database = try SQLiteDatabase.open(path: file.path)
            for migration in Schema.migrations[..<6] { try database.executeScript(migration) }
            try database.setUserVersion(6)
            // Rows as a version-6 build left them: applications, endpoints, carriers and subaccounts uncounted,
            // and a count of numbers that has drifted from its rows.
            try database.executeScript("""
                INSERT INTO accounts (auth_id, auth_token, parent_id, created) VALUES
                    ('\(main)', 't', NULL, 'x'), ('\(sub)', 't', '\(main)', 'x'),
                    ('SAMIGRATE00000000002', 't', '\(main)', 'x');
                INSERT INTO applications (app_id, account_id, subaccount_id, app_name, answer_url, hangup_url, created)
                VALUES ('11111111111111111', '\(main)', NULL, 'one', 'https://a', 'https://a', 'x'),
                    ('22222222222222222', '\(main)', '\(sub)', 'two', 'https://b', 'https://b', 'x'),
                    ('33333333333333333', '\(main)', NULL, 'three', 'https://c', 'https://c', 'x');
                INSERT INTO endpoints (endpoint_id, account_id, subaccount_id, username, password_hash, alias, created)
                VALUES ('1', '\(main)', NULL, 'u1', 'h', 'a', 'x'), ('2', '\(main)', '\(sub)', 'u2', 'h', 'b', 'x');
                INSERT INTO incoming_carriers (carrier_id, account_id, subaccount_id, name, ip_set, created)
                VALUES ('c1', '\(main)', NULL, 'carrier', '10.0.0.1', 'x');
                INSERT INTO numbers (number, account_id, carrier_id, number_type, country_iso, region, city,
                    voice_enabled, sms_enabled, mms_enabled, monthly_rental_rate, voice_rate, sms_rate, mms_rate,
                    added_on, renewal_date)
                VALUES ('14155550001', '\(main)', 'c1', 'local', 'US', 'r', '', 1, 1, 0, 0, 0, 0, 0, 'x', 'x');
                UPDATE row_counts SET count = 99 WHERE kind = 'numbers';
                """)
        }
        let store = try SQLiteStore(path: file.path)
        let scope = AccountScope(mainAccountID: main)
        #expect(try store.listApplications(ApplicationQuery(), in: scope).totalCount == 3)
        #expect(try store.listApplications(ApplicationQuery(subaccountID: sub), in: scope).totalCount == 1)
        #expect(try store.listEndpoints(in: scope, page: PageRequest()).totalCount == 2)
        #expect(try store.listSubaccounts(parentID: main, page: PageRequest()).totalCount == 2)
        #expect(try store.listCarriers(nameContaining: nil, page: PageRequest(), in: scope).totalCount == 1)
        #expect(try store.listNumbers(NumberQuery(), in: scope).totalCount == 1)
        var counts = try Self.counts(store)
        #expect(counts.kept == counts.actual)

        // And the store and the triggers keep them from there.
        _ = try store.createApplication(ApplicationDraft(appName: "four", answerURL: "https://d"), in: scope)
        try store.deleteSubaccount(authID: sub, parentID: main, cascade: true)
        #expect(try store.listApplications(ApplicationQuery(), in: scope).totalCount == 3)
        #expect(try store.listSubaccounts(parentID: main, page: PageRequest()).totalCount == 1)
        counts = try Self.counts(store)
        #expect(counts.kept == counts.actual)
    }

    // MARK: Helpers

    /// Rows of every counted kind in the main account, the subaccount and the other main account.
    static func fill(_ fixture: StoreFixture, _ sub: AccountScope, tag: String) throws {
        let store = fixture.store
        if try store.account(authID: otherMainID) == nil {
            _ = try store.createMainAccount(authID: otherMainID, authToken: "other", name: "other")
        }
        let other = AccountScope(mainAccountID: otherMainID)
        for (scope, name) in [(fixture.main, "main"), (sub, "sub"), (other, "other")] {
            try fixture.makeApplications(3, named: "\(tag)_\(name)_", in: scope)
            try fixture.makeEndpoints(2, named: "\(tag)\(name)", in: scope)
            try fixture.makeCarriers(2, in: scope)
            try fixture.storeMessages(2, named: "\(tag)-\(name)-m", in: scope)
            try fixture.storeCalls(2, named: "\(tag)-\(name)-c", in: scope)
            try fixture.storeRecordings(2, named: "\(tag == "first" ? "" : tag + "-")\(name)-r", in: scope)
        }
        let digits = tag == "first" ? "1415555" : "1212555"
        try fixture.addNumbers(["\(digits)0001", "\(digits)0002"])
        try fixture.addNumbers(["\(digits)0003"], in: sub)
        try fixture.addNumbers(["\(digits)0004"], in: other)
        if tag == "first" { _ = try store.createSubaccount(parentID: otherMainID, name: "theirs", enabled: true) }
    }

    /// Every owner's count as `row_counts` keeps it (zeros left out) and as the rows give it, one line each.
    static func counts(_ store: SQLiteStore) throws -> (kept: [String], actual: [String]) {
        let owned = ["applications", "endpoints", "incoming_carriers", "numbers", "messages", "calls", "recordings"]
            .map { "SELECT '\($0)', account_id, coalesce(subaccount_id, ''), count(*) FROM \($0) GROUP BY 2, 3" }
        let subaccounts = """
            SELECT 'subaccounts', parent_id, '', count(*) FROM accounts WHERE parent_id IS NOT NULL GROUP BY 2
            """
        return try store.read { database in
            let line: (SQLiteRow) -> String = { "\($0.text(0)) \($0.text(1)) \($0.text(2)) \($0.int(3))" }
            let kept = try database.query(
                sql: "SELECT kind, account_id, subaccount_id, count FROM row_counts WHERE count <> 0", line)
            let actual = try database.query(sql: (owned + [subaccounts]).joined(separator: " UNION ALL "), line)
            return (kept.sorted(), actual.sorted())
        }
    }
}
