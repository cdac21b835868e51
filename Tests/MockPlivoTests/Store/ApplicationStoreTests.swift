import Testing
@testable import MockPlivo
@testable import PlivoStore
@testable import PlivoSupport

@Suite("Application store")
struct ApplicationStoreTests {
    @Test("A created application has a 17-digit id and Plivo's defaults")
    func createFillsDefaults() throws {
        let fixture = try StoreFixture()
        let app = try fixture.makeApplication("demo")
        #expect(app.appID.count == 17)
        #expect(app.accountID == StoreFixture.mainID)
        #expect(app.subaccountID == nil)
        #expect(app.hangupURL == "https://example.com/answer")
        let methods = [app.answerMethod, app.hangupMethod, app.fallbackMethod, app.messageMethod]
        #expect(methods == ["POST", "POST", "POST", "POST"])
        #expect(app.fallbackAnswerURL == "" && app.messageURL == "")
        #expect(app.enabled && app.logIncomingMessages && !app.publicURI)
        #expect(!app.defaultNumberApp && !app.defaultEndpointApp)
        #expect(try fixture.store.application(id: app.appID, in: fixture.main) == app)
    }

    @Test("An unknown application id reads as nil")
    func unknownIsNil() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.application(id: "12345678901234567", in: fixture.main) == nil)
    }

    @Test("A subaccount sees only its own applications; the main account sees all")
    func scopeIsolation() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount(name: "one")
        let other = try fixture.makeSubaccount(name: "two")
        let mainApp = try fixture.makeApplication("main")
        let subApp = try fixture.makeApplication("sub", in: sub)
        let otherApp = try fixture.makeApplication("other") { $0.subaccountID = other.subaccountID }

        #expect(subApp.subaccountID == sub.subaccountID)
        #expect(otherApp.subaccountID == other.subaccountID)
        #expect(try fixture.store.application(id: mainApp.appID, in: sub) == nil)
        #expect(try fixture.store.application(id: otherApp.appID, in: sub) == nil)
        #expect(try fixture.store.application(id: subApp.appID, in: fixture.main) == subApp)
        let mainList = try fixture.store.listApplications(ApplicationQuery(), in: fixture.main)
        #expect(mainList.items.map(\.appName) == ["other", "sub", "main"])
        let subList = try fixture.store.listApplications(ApplicationQuery(), in: sub)
        #expect(subList.items.map(\.appID) == [subApp.appID] && subList.totalCount == 1)
        // Another account entirely sees nothing.
        let stranger = AccountScope(mainAccountID: "MAOTHERACCOUNT000001")
        #expect(try fixture.store.application(id: mainApp.appID, in: stranger) == nil)
    }

    @Test("A subaccount that is not the account's own is an invalid reference on create")
    func unknownSubaccountOnCreate() throws {
        let fixture = try StoreFixture()
        #expect(throws: StoreError.invalidReference(parameter: "subaccount", value: "SANOSUCHSUBACCOUNT00")) {
            try fixture.makeApplication { $0.subaccountID = "SANOSUCHSUBACCOUNT00" }
        }
    }

    @Test("The list is newest first, paginated, with the total count")
    func listOrderAndPagination() throws {
        let fixture = try StoreFixture()
        for index in 0..<25 { try fixture.makeApplication("app\(index)") }
        let first = try fixture.store.listApplications(ApplicationQuery(page: PageRequest(limit: 20, offset: 0)),
                                                       in: fixture.main)
        #expect(first.totalCount == 25)
        #expect(first.items.count == 20)
        #expect(first.items.first?.appName == "app24")
        let second = try fixture.store.listApplications(ApplicationQuery(page: PageRequest(limit: 20, offset: 20)),
                                                        in: fixture.main)
        #expect(second.items.map(\.appName) == ["app4", "app3", "app2", "app1", "app0"])
        #expect(Set(first.items.map(\.appID)).isDisjoint(with: second.items.map(\.appID)))
    }

    @Test("The app_name filter is a case-sensitive prefix, not a LIKE pattern")
    func namePrefixFilter() throws {
        let fixture = try StoreFixture()
        for name in ["sales-east", "sales_west", "Sales", "presales", "salesXeast", "s%les"] {
            try fixture.makeApplication(name)
        }
        func names(_ prefix: String) throws -> [String] {
            try fixture.store.listApplications(ApplicationQuery(appNamePrefix: prefix), in: fixture.main)
                .items.map(\.appName)
        }
        #expect(try names("sales") == ["salesXeast", "sales_west", "sales-east"])
        #expect(try names("sales_") == ["sales_west"])
        #expect(try names("s%") == ["s%les"])
        #expect(try names("Sales") == ["Sales"])
        #expect(try names("nothing").isEmpty)
        let page = try fixture.store.listApplications(ApplicationQuery(appNamePrefix: "sales"), in: fixture.main)
        #expect(page.totalCount == 3)
    }

    @Test("The subaccount filter keeps only that subaccount's applications")
    func subaccountFilter() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        try fixture.makeApplication("main")
        let subApp = try fixture.makeApplication("sub", in: sub)
        let page = try fixture.store.listApplications(ApplicationQuery(subaccountID: sub.subaccountID),
                                                      in: fixture.main)
        #expect(page.items == [subApp] && page.totalCount == 1)
    }

    @Test("Setting a default flag clears it on the owner's other applications only")
    func defaultExclusivityOnCreate() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        let first = try fixture.makeApplication("first") { $0.defaultNumberApp = true; $0.defaultEndpointApp = true }
        let subDefault = try fixture.makeApplication("sub", in: sub) { $0.defaultNumberApp = true }
        let second = try fixture.makeApplication("second") { $0.defaultNumberApp = true }

        let reread = try #require(try fixture.store.application(id: first.appID, in: fixture.main))
        #expect(!reread.defaultNumberApp, "the main account's older default lost the flag")
        #expect(reread.defaultEndpointApp, "the other flag is untouched")
        #expect(second.defaultNumberApp)
        #expect(try fixture.store.application(id: subDefault.appID, in: sub)?.defaultNumberApp == true,
                "a subaccount's default is its own")
    }

    @Test("Update changes only the given fields and keeps defaults exclusive")
    func partialUpdate() throws {
        let fixture = try StoreFixture()
        let old = try fixture.makeApplication("old") {
            $0.defaultEndpointApp = true
            $0.messageURL = "https://m.example/"
        }
        let app = try fixture.makeApplication("app")
        var changes = ApplicationChanges()
        changes.answerURL = "https://changed.example/answer"
        changes.defaultEndpointApp = true
        let updated = try fixture.store.updateApplication(id: app.appID, changes: changes, in: fixture.main)

        var expected = app
        expected.answerURL = "https://changed.example/answer"
        expected.defaultEndpointApp = true
        #expect(updated == expected)
        #expect(try fixture.store.application(id: app.appID, in: fixture.main) == expected)
        let oldNow = try #require(try fixture.store.application(id: old.appID, in: fixture.main))
        #expect(!oldNow.defaultEndpointApp)
        #expect(oldNow.messageURL == "https://m.example/")
    }

    @Test("Update can move an application to a subaccount, and refuses unknown ones")
    func updateSubaccount() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        let app = try fixture.makeApplication()
        var changes = ApplicationChanges()
        changes.subaccountID = sub.subaccountID
        #expect(try fixture.store.updateApplication(id: app.appID, changes: changes, in: fixture.main).subaccountID
                == sub.subaccountID)
        #expect(try fixture.store.application(id: app.appID, in: sub) != nil)
        changes.subaccountID = "SANOSUCHSUBACCOUNT00"
        #expect(throws: StoreError.invalidReference(parameter: "subaccount", value: "SANOSUCHSUBACCOUNT00")) {
            try fixture.store.updateApplication(id: app.appID, changes: changes, in: fixture.main)
        }
    }

    @Test("Updating or deleting an unknown or invisible application is not found")
    func notFound() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        let app = try fixture.makeApplication()
        let missing = StoreError.notFound(resource: "application", id: app.appID)
        #expect(throws: missing) { try fixture.store.updateApplication(id: app.appID, changes: .init(), in: sub) }
        #expect(throws: missing) {
            try fixture.store.deleteApplication(id: app.appID, cascade: true, newEndpointApplication: nil, in: sub)
        }
        #expect(try fixture.store.application(id: app.appID, in: fixture.main) != nil)
    }

    @Test("An app_id that is already taken is replaced by a fresh one, and the taken row is left alone")
    func collidingIdentifierIsRedrawn() throws {
        // Two generators with the same seed draw the same ids: the second store's first candidate is taken.
        let database = TemporaryDatabasePath()
        defer { database.remove() }
        let first = try SQLiteStore(path: database.path, identifiers: IdentifierGenerator(seed: 5))
        _ = try first.ensureMainAccount(authID: StoreFixture.mainID, authToken: StoreFixture.mainToken)
        let main = AccountScope(mainAccountID: StoreFixture.mainID)
        let taken = try first.createApplication(
            ApplicationDraft(appName: "first", answerURL: "https://example.com/a"), in: main)

        let second = try SQLiteStore(path: database.path, identifiers: IdentifierGenerator(seed: 5))
        let app = try second.createApplication(
            ApplicationDraft(appName: "second", answerURL: "https://example.com/b"), in: main)
        #expect(app.appID != taken.appID && app.appID.count == 17)
        #expect(try second.application(id: app.appID, in: main)?.appName == "second")
        #expect(try second.application(id: taken.appID, in: main)?.appName == "first")
        #expect(try second.listApplications(ApplicationQuery(page: PageRequest(limit: 20, offset: 0)), in: main)
            .totalCount == 2)
    }
}
