import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoStore

/// The fixture files: the demo set loads and shows through the API; a bad file names file and field.
@Suite struct FixtureLoaderTests {
    static let repositoryFixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures").path

    private func makeDirectory(_ files: [String: String]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fixtures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return directory.path
    }

    private func makeStore() throws -> SQLiteStore {
        let store = try SQLiteStore(path: ":memory:")
        _ = try store.ensureMainAccount(authID: "MAFIXTURETESTS000001", authToken: "token")
        return store
    }

    @Test("The demo set loads with its ids")

    func theDemoSetLoadsWithItsIDs() throws {
        let store = try makeStore()
        try FixtureLoader(store: store, defaultAccountID: "MAFIXTURETESTS000001").load(directory: Self.repositoryFixtures)
        let main = AccountScope(mainAccountID: "MAFIXTURETESTS000001")
        let app = try #require(try store.application(id: "20372631212782780", in: main))
        #expect(app.defaultNumberApp && app.answerMethod == "GET")
        let sub = AccountScope(mainAccountID: "MADEMOFIXTURES000001", subaccountID: "SADEMOFIXTURES000001")
        #expect(try store.application(id: "16063863827011417", in: sub)?.subaccountID == "SADEMOFIXTURES000001")
        #expect(try store.endpoint(id: "32866729519064", in: main)?.appID == "20372631212782780")
        // Loading twice replaces rather than duplicates.
        try FixtureLoader(store: store, defaultAccountID: "MAFIXTURETESTS000001").load(directory: Self.repositoryFixtures)
        #expect(try store.listApplications(ApplicationQuery(), in: main).totalCount == 2)
    }

    @Test("A null in a fixture is a field left out, as in an API answer pasted in")
    func aNullInAFixtureIsAFieldLeftOut() throws {
        let store = try makeStore()
        let directory = try makeDirectory(["pasted.json": #"""
            {"applications": [{"app_id": "12345678901234567", "app_name": "pasted", "answer_url": "http://x",
             "message_url": null, "sub_account": null, "public_uri": null}]}
            """#])
        try FixtureLoader(store: store, defaultAccountID: "MAFIXTURETESTS000001").load(directory: directory)
        let app = try #require(try store.application(id: "12345678901234567", in: AccountScope(mainAccountID: "MAFIXTURETESTS000001")))
        #expect(app.messageURL == "" && !app.publicURI)
    }

    @Test("A bad file names file and field and stores nothing", arguments: [
        (#"{"applications":[{"app_id":"12345678901234567","app_name":"a b","answer_url":"http://x"}]}"#,
         "fixture bad.json: applications[0]: app_name may contain only letters, digits, '-' and '_'"),
        (#"{"applications":[{"app_id":"123","app_name":"ab","answer_url":"http://x"}]}"#,
         "fixture bad.json: applications[0].app_id must be 17 digits, not starting with 0"),
        (#"{"accounts":[{"auth_id":"SA0000000000000000000","auth_token":"t"}]}"#,
         "fixture bad.json: accounts[0].auth_id must be MA followed by 18 upper-case letters or digits"),
        (#"{"applications": 3}"#, "fixture bad.json: applications must be an array"),
        ("not json", "fixture bad.json: file is not valid JSON"),
    ])
    func aBadFileNamesFileAndFieldAndStoresNothing(text: String, message: String) throws {
        let store = try makeStore()
        let directory = try makeDirectory(["bad.json": text])
        #expect(throws: FixtureError.self) {
            try FixtureLoader(store: store, defaultAccountID: "MAFIXTURETESTS000001").load(directory: directory)
        }
        do {
            try FixtureLoader(store: store, defaultAccountID: "MAFIXTURETESTS000001").load(directory: directory)
        } catch {
            #expect("\(error)" == message)
        }
        #expect(try store.listApplications(ApplicationQuery(), in: AccountScope(mainAccountID: "MAFIXTURETESTS000001")).totalCount == 0)
    }
}
