import Testing
@testable import MockPlivo

@Suite("Console journal page")
struct ConsoleJournalTests {
    @Test("API requests are listed newest first with credentials masked")
    func listsRequests() throws {
        let harness = try RouterHarness()
        let appID = try harness.createApplication(name: "journaled")
        _ = harness.send(.get, "/v1/Account/\(RouterHarness.authID)/Application/\(appID)/")
        let page = harness.send(.get, "/console/journal/")
        #expect(page.status == 200)
        let get = try #require(page.text.range(of: "<strong>GET</strong> <code>/v1/Account/\(RouterHarness.authID)/Application/\(appID)/</code>"))
        let post = try #require(page.text.range(of: "<strong>POST</strong> <code>/v1/Account/\(RouterHarness.authID)/Application/</code>"))
        #expect(get.lowerBound < post.lowerBound)
        #expect(page.text.contains("Basic ****"))
        #expect(!page.text.contains(RouterHarness.authorization))
        #expect(page.text.contains("&quot;app_name&quot;: &quot;journaled&quot;"))
        #expect(!page.text.contains("<code>/console/"))
    }

    @Test("The method filter narrows the list")
    func filtersByMethod() throws {
        let harness = try RouterHarness()
        let appID = try harness.createApplication(name: "journaled")
        _ = harness.send(.get, "/v1/Account/\(RouterHarness.authID)/Application/\(appID)/")
        let page = harness.send(.get, "/console/journal/?method=post")
        #expect(page.text.contains("<strong>POST</strong>"))
        #expect(!page.text.contains("<strong>GET</strong>"))
    }
}
