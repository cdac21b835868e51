import Dispatch
import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Control plane: health, accounts and resets")
struct ControlAccountTests {
    @Test("health answers without credentials, every other control call needs them")
    func healthIsPublic() throws {
        let app = try ControlTestApp()
        #expect(app.send("GET", "/__mock/health").status == 200)
        let journal = app.send("GET", "/__mock/journal")
        #expect(journal.status == 401)
        #expect(try journal.object()["error"] as? String == "authentication failed")
        #expect(try journal.object()["api_id"] is String)
    }

    @Test("a minted account gets an MA id and token that authenticate on the Plivo API")
    func mintedAccountAuthenticates() throws {
        let app = try ControlTestApp()
        let response = app.sendAsAdmin("POST", "/__mock/accounts", json: #"{"name": "ci-run-7"}"#)
        #expect(response.status == 201)
        let object = try response.object()
        let authID = try #require(object["auth_id"] as? String)
        let token = try #require(object["auth_token"] as? String)
        #expect(AccountIDFormat.isMainAccountID(authID))
        #expect(token.count == 40)
        #expect(object["name"] as? String == "ci-run-7")
        #expect(object["resource_uri"] as? String == "/v1/Account/\(authID)/")
        let list = app.send("GET", "/v1/Account/\(authID)/Application/", as: (authID, token))
        #expect(list.status == 200)
    }

    @Test("an account can be minted with a chosen id and token, once")
    func mintWithChosenID() throws {
        let app = try ControlTestApp()
        let body = #"{"auth_id": "MACHOSEN000000000001", "auth_token": "secret-token"}"#
        #expect(app.sendAsAdmin("POST", "/__mock/accounts", json: body).status == 201)
        #expect(app.send("GET", "/v1/Account/MACHOSEN000000000001/Application/",
                         as: ("MACHOSEN000000000001", "secret-token")).status == 200)
        let again = app.sendAsAdmin("POST", "/__mock/accounts", json: body)
        #expect(again.status == 400)
        #expect(try again.object()["error"] as? String == "auth_id MACHOSEN000000000001 already exists")
        let malformed = app.sendAsAdmin("POST", "/__mock/accounts", json: #"{"auth_id": "SA123"}"#)
        #expect(malformed.status == 400)
    }

    @Test("only the configured main account may mint accounts or reset everything")
    func administratorOnlyCalls() throws {
        let app = try ControlTestApp()
        let minted = try app.mintAccount()
        let mint = app.send("POST", "/__mock/accounts", as: minted)
        #expect(mint.status == 403)
        #expect(try mint.object()["error"] as? String == "only the configured main account may create accounts")
        #expect(app.send("POST", "/__mock/reset", as: minted).status == 403)
        #expect(app.send("POST", "/__mock/accounts/\(app.admin.authID)/reset", as: minted).status == 403)
    }

    @Test("deleting a minted account removes it and its data; the main account cannot be deleted")
    func deleteAccount() throws {
        let app = try ControlTestApp()
        let minted = try app.mintAccount()
        _ = try app.createApplication(as: minted)
        #expect(app.send("DELETE", "/__mock/accounts/\(minted.authID)", as: minted).status == 204)
        #expect(app.send("GET", "/v1/Account/\(minted.authID)/Application/", as: minted).status == 401)
        #expect(app.sendAsAdmin("DELETE", "/__mock/accounts/\(minted.authID)").status == 404)
        #expect(app.sendAsAdmin("DELETE", "/__mock/accounts/\(app.admin.authID)").status == 403)
    }

    @Test("an account reset empties that account only")
    func accountReset() throws {
        let app = try ControlTestApp()
        let first = try app.mintAccount()
        let second = try app.mintAccount()
        _ = try app.createApplication(as: first)
        _ = try app.createApplication(as: second)
        let reset = app.send("POST", "/__mock/accounts/\(first.authID)/reset", as: first)
        #expect(reset.status == 200)
        #expect(try reset.object()["account"] as? String == first.authID)
        #expect(try app.send("GET", "/v1/Account/\(first.authID)/Application/", as: first).objects("objects").isEmpty)
        #expect(try app.send("GET", "/v1/Account/\(second.authID)/Application/", as: second).objects("objects").count == 1)
        #expect(app.send("POST", "/__mock/accounts/\(second.authID)/reset", as: first).status == 403)
    }

    @Test("a main account may reset one of its subaccounts, and no one else's")
    func parentResetsSubaccount() throws {
        let app = try ControlTestApp()
        let parent = try app.mintAccount()
        let stranger = try app.mintAccount()
        let sub = try app.application.store.createSubaccount(parentID: parent.authID, name: "sub", enabled: true)
        _ = try app.createApplication(as: (sub.authID, sub.authToken))
        #expect(app.send("POST", "/__mock/accounts/\(sub.authID)/reset", as: stranger).status == 403)
        #expect(app.send("POST", "/__mock/accounts/\(sub.authID)/reset", as: parent).status == 200)
        let list = app.send("GET", "/v1/Account/\(sub.authID)/Application/", as: (sub.authID, sub.authToken))
        #expect(try list.objects("objects").isEmpty)
    }

    @Test("a global reset empties every account, journal and fault list but keeps credentials")
    func globalReset() throws {
        let app = try ControlTestApp()
        let minted = try app.mintAccount()
        _ = try app.createApplication(as: minted)
        _ = try app.createApplication(as: app.admin)
        #expect(app.sendAsAdmin("POST", "/__mock/faults", json: #"{"path": "/v1/x", "status": 500}"#).status == 201)
        #expect(app.sendAsAdmin("POST", "/__mock/reset").status == 200)
        #expect(try app.send("GET", "/v1/Account/\(minted.authID)/Application/", as: minted).objects("objects").isEmpty)
        #expect(try app.sendAsAdmin("GET", "/__mock/faults").objects("faults").isEmpty)
        // The list call just made is the only entry left.
        #expect(try app.sendAsAdmin("GET", "/__mock/journal").objects("entries").count == 1)
    }

    @Test("two minted accounts used in parallel never see each other's applications or journal entries")
    func parallelIsolation() throws {
        let app = try ControlTestApp()
        let accounts = [try app.mintAccount(name: "a"), try app.mintAccount(name: "b")]
        DispatchQueue.concurrentPerform(iterations: 20) { index in
            _ = try? app.createApplication(as: accounts[index % 2], name: "app\(index)")
        }
        for account in accounts {
            let list = app.send("GET", "/v1/Account/\(account.authID)/Application/", as: account)
            #expect(try list.object()["meta"].flatMap { $0 as? [String: Any] }?["total_count"] as? Int == 10)
            let journal = try app.send("GET", "/__mock/journal", as: account).objects("entries")
            #expect(journal.count == 11)
            #expect(journal.allSatisfy { $0["account"] as? String == account.authID })
        }
        let foreign = app.send("GET", "/__mock/journal?account=\(accounts[1].authID)", as: accounts[0])
        #expect(foreign.status == 403)
    }
}
