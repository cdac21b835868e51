import Testing
@testable import PlivoStore

/// Issue 22: a list's first page, and a filter that selects a few rows, cost the same however many rows the
/// account holds. Measured in SQLite's virtual-machine steps (``StatementRecorder``), which a `count(*)` or a scan
/// makes grow with the rows; the filters' plans name the index that answers them.
@Suite("List cost")
struct ListCostTests {
    /// One list read, with the rows it is read among: `fill` stores `others` rows besides those `read` is after.
    struct Case: CustomTestStringConvertible, Sendable {
        let testDescription: String
        let fill: @Sendable (StoreFixture, _ others: Int) throws -> Void
        let read: @Sendable (StoreFixture) throws -> Int
        /// The table a filter reads and the index it must read it through; nil for a first page.
        var index: (table: String, name: String)?
    }

    static let firstPages: [Case] = [
        Case(testDescription: "applications", fill: { try $0.makeApplications($1) }) {
            try $0.store.listApplications(ApplicationQuery(), in: $0.main).totalCount
        },
        Case(testDescription: "a subaccount's applications", fill: { fixture, others in
            try fixture.makeApplications(others, in: fixture.makeSubaccount())
        }) { fixture in
            let sub = try #require(try fixture.store.listSubaccounts(parentID: StoreFixture.mainID, page: PageRequest())
                .items.first)
            return try fixture.store.listApplications(ApplicationQuery(subaccountID: sub.authID), in: fixture.main)
                .totalCount
        },
        Case(testDescription: "endpoints", fill: { try $0.makeEndpoints($1) }) {
            try $0.store.listEndpoints(in: $0.main, page: PageRequest()).totalCount
        },
        Case(testDescription: "subaccounts", fill: { try $0.makeSubaccounts($1) }) {
            try $0.store.listSubaccounts(parentID: StoreFixture.mainID, page: PageRequest()).totalCount
        },
        Case(testDescription: "incoming carriers", fill: { try $0.makeCarriers($1) }) {
            try $0.store.listCarriers(nameContaining: nil, page: PageRequest(), in: $0.main).totalCount
        },
        Case(testDescription: "numbers", fill: { fixture, others in
            try fixture.addNumbers((0..<others).map { "1212555\(1000 + $0)" })
        }) { try $0.store.listNumbers(NumberQuery(), in: $0.main).totalCount },
        Case(testDescription: "messages", fill: { try $0.storeMessages($1) }) {
            try $0.store.listMessages(MessageQuery(), in: $0.main).totalCount
        },
        Case(testDescription: "calls", fill: { try $0.storeCalls($1) }) {
            try $0.store.listCalls(CallQuery(), in: $0.main).totalCount
        },
        Case(testDescription: "recordings", fill: { try $0.storeRecordings($1) }) {
            try $0.store.listRecordings(RecordingQuery(), in: $0.main).totalCount
        },
    ]

    /// Three rows match each filter.
    static let filters: [Case] = [
        Case(testDescription: "applications by app_name prefix", fill: { fixture, others in
            try fixture.makeApplications(others, named: "other_")
            try fixture.makeApplications(3, named: "wanted_")
            try fixture.makeApplications(others, named: "wanted")
        }, read: { try $0.store.listApplications(ApplicationQuery(appNamePrefix: "wanted_"), in: $0.main).totalCount },
             index: ("applications", "applications_by_account_name")),
        Case(testDescription: "endpoints by subaccount", fill: { fixture, others in
            try fixture.makeEndpoints(others)
            try fixture.makeEndpoints(3, in: fixture.makeSubaccount())
        }, read: { fixture in
            let sub = try #require(try fixture.store.listSubaccounts(parentID: StoreFixture.mainID, page: PageRequest())
                .items.first)
            return try fixture.store.listEndpoints(in: fixture.main, subaccountID: sub.authID, page: PageRequest())
                .totalCount
        }, index: ("endpoints", "endpoints_by_subaccount")),
        Case(testDescription: "numbers by number_startswith", fill: { fixture, others in
            try fixture.addNumbers(
                (0..<others).map { "1212555\(1000 + $0)" } + ["14155550001", "14155550002", "14155550003"])
        }, read: { try $0.store.listNumbers(NumberQuery(startsWith: "1415555"), in: $0.main).totalCount },
             index: ("numbers", "numbers_by_account_number")),
        Case(testDescription: "numbers by alias", fill: { fixture, others in
            try fixture.addNumbers((0..<others).map { "1212555\(1000 + $0)" })
            try fixture.addNumbers(["14155550001", "14155550002", "14155550003"], alias: "wanted")
        }, read: { try $0.store.listNumbers(NumberQuery(alias: "wanted"), in: $0.main).totalCount },
             index: ("numbers", "numbers_by_account_alias")),
        Case(testDescription: "messages by error_code", fill: { fixture, others in
            try fixture.storeMessages(others)
            try fixture.storeMessages(3, named: "failed", errorCode: "300")
        }, read: { fixture in
            var query = MessageQuery()
            query.errorCode = "300"
            return try fixture.store.listMessages(query, in: fixture.main).totalCount
        }, index: ("messages", "messages_by_account_error")),
        Case(testDescription: "calls by to_number", fill: { fixture, others in
            try fixture.storeCalls(others)
            try fixture.storeCalls(3, named: "wanted", to: "14155550123")
        }, read: { fixture in
            var query = CallQuery()
            query.to = "14155550123"
            return try fixture.store.listCalls(query, in: fixture.main).totalCount
        }, index: ("calls", "calls_by_account_to")),
        Case(testDescription: "calls by from_number", fill: { fixture, others in
            try fixture.storeCalls(others)
            try fixture.storeCalls(3, named: "wanted", from: "14155550123")
        }, read: { fixture in
            var query = CallQuery()
            query.from = "14155550123"
            return try fixture.store.listCalls(query, in: fixture.main).totalCount
        }, index: ("calls", "calls_by_account_from")),
        Case(testDescription: "calls by parent_call_uuid", fill: { fixture, others in
            try fixture.storeCalls(others)
            try fixture.storeCalls(3, named: "child", parent: "parent-1")
        }, read: { fixture in
            var query = CallQuery()
            query.parentCallUUID = "parent-1"
            return try fixture.store.listCalls(query, in: fixture.main).totalCount
        }, index: ("calls", "calls_by_account_parent")),
        Case(testDescription: "recordings by call_uuid", fill: { fixture, others in
            try fixture.storeRecordings(others, callUUID: "other")
            try fixture.storeRecordings(3, named: "wanted", callUUID: "wanted-call")
        }, read: { fixture in
            var query = RecordingQuery()
            query.callUUID = "wanted-call"
            return try fixture.store.listRecordings(query, in: fixture.main).totalCount
        }, index: ("recordings", "recordings_by_account_call")),
    ]

    @Test("A list's first page takes the same SQLite steps with 400 rows as with 40", arguments: firstPages)
    func firstPageCostDoesNotGrow(list: Case) throws {
        let (small, smallTotal) = try Self.measure(list, others: 40)
        let (large, largeTotal) = try Self.measure(list, others: 400)
        #expect((smallTotal, largeTotal) == (40, 400))
        #expect(large.map(\.steps) == small.map(\.steps), "\(large.map(\.sql))")
    }

    @Test("A filter that selects three rows takes the same SQLite steps among 400 others as among 40, by its index",
          arguments: filters)
    func selectiveFilterCostDoesNotGrow(list: Case) throws {
        let (small, smallTotal) = try Self.measure(list, others: 40)
        let (large, largeTotal) = try Self.measure(list, others: 400)
        #expect((smallTotal, largeTotal) == (3, 3))
        #expect(large.map(\.steps) == small.map(\.steps), "\(large.map(\.sql))")

        let index = try #require(list.index)
        let fixture = try StoreFixture()
        let reads = large.filter { $0.sql.contains("FROM \(index.table)") }
        #expect(!reads.isEmpty)
        for read in reads {
            let plan = try StatementRecorder.plan(of: read.sql, in: fixture.store)
            #expect(plan.contains { $0.contains("INDEX \(index.name) (") }, "\(read.sql): \(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN ") }, "\(read.sql): \(plan)")
        }
    }

    @Test("An owner's default applications are found by indexes that hold only defaults, for a subaccount too")
    func defaultApplicationLookupsUseTheirIndexes() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        let runs = try StatementRecorder.record(fixture.store) {
            for scope in [fixture.main, sub] {
                _ = try fixture.store.read { database in
                    try fixture.store.defaultNumberApplication(
                        accountID: scope.mainAccountID, subaccountID: scope.subaccountID, database: database)
                }
                var draft = ApplicationDraft(appName: "defaults", answerURL: "https://example.com/a")
                draft.defaultNumberApp = true
                draft.defaultEndpointApp = true
                _ = try fixture.store.createApplication(draft, in: scope)
                _ = try fixture.store.createEndpoint(
                    EndpointDraft(username: "ep", password: "secret", alias: "ep"), in: scope)
            }
        }
        // `subaccount_id IS ?` implies nothing about NULL, so the partial indexes by subaccount cannot serve these.
        for (flag, index) in [("default_number_app = 1", "applications_default_number"),
                              ("default_endpoint_app = 1", "applications_default_endpoint")] {
            let reads = runs.filter { $0.sql.contains(flag) && $0.sql.contains("subaccount_id IS") }
            #expect(!reads.isEmpty, "no statement looked up \(flag)")
            for read in reads {
                let plan = try StatementRecorder.plan(of: read.sql, in: fixture.store)
                #expect(plan.contains { $0.contains("INDEX \(index) (") }, "\(read.sql): \(plan)")
            }
        }
    }

    /// The statements `list.read` runs in a fresh store holding `others` other rows, and the total it read.
    private static func measure(_ list: Case, others: Int) throws -> ([StatementRecorder.Run], Int) {
        let fixture = try StoreFixture()
        try list.fill(fixture, others)
        var total = 0
        let runs = try StatementRecorder.record(fixture.store) { total = try list.read(fixture) }
        return (runs, total)
    }
}
