import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Numbers: list, get, modify, unrent")
struct NumberAPITests {
    @Test("The list is newest first, with every seed filter")
    func listFilters() throws {
        let client = try RouterClient()
        let local = try client.buyNumber("country_iso=US&type=local&pattern=415")
        let tollfree = try client.buyNumber("country_iso=US&type=tollfree")
        let smsOnly = try client.buyNumber("country_iso=SG&type=mobile&pattern=9")
        #expect(client.post("Number/\(local)/", json: ["alias": "front desk"]).status == 202)
        #expect(try client.list("Number/").objects.map { $0["number"]?.stringValue } == [smsOnly, tollfree, local])
        #expect(try client.list("Number/?type=tollfree").objects.map { $0["number"]?.stringValue } == [tollfree])
        #expect(try client.list("Number/?number_type=local").objects.map { $0["number"]?.stringValue } == [local])
        #expect(try client.list("Number/?number_startswith=1415").objects.map { $0["number"]?.stringValue } == [local])
        #expect(try client.list("Number/?alias=front%20desk").objects.map { $0["number"]?.stringValue } == [local])
        let voice = try client.list("Number/?services=voice").objects.map { $0["number"]?.stringValue }
        #expect(voice.contains(local) && !voice.contains(smsOnly))
        let onlySMS = try client.list("Number/?services=sms").objects
        #expect(onlySMS.allSatisfy { $0["voice_enabled"] == .bool(false) && $0["sms_enabled"] == .bool(true) })
        #expect(try client.list("Number/?services=voice,sms").objects.allSatisfy {
            $0["voice_enabled"] == .bool(true) && $0["sms_enabled"] == .bool(true)
        })
        let page = client.get("Number/?limit=1&offset=1")
        #expect(page["meta"]?["total_count"]?.intValue == 3)
        #expect(page["objects"]?[0]?["number"]?.stringValue == tollfree)
    }

    @Test("Bad list and modify input is a 400 naming the parameter, and changes nothing", arguments: [
        ("GET", "Number/?type=landline", [String: String](), "type must be one of local, fixed, national, mobile, tollfree, got \"landline\""),
        ("GET", "Number/?number_startswith=14x", [:], "number_startswith must be digits, got \"14x\""),
        ("GET", "Number/?services=fax", [:], "services must be voice, sms, mms or a comma-separated mix, got \"fax\""),
        ("GET", "Number/?subaccount=nope", [:], "subaccount must be a subaccount auth_id (SA followed by 18 characters)"),
        ("POST", "NUMBER", ["alias": String(repeating: "a", count: 65)], "alias must be at most 64 characters, got 65"),
        ("POST", "NUMBER", ["app_id": "12345678901234567"], "app_id 12345678901234567 does not exist"),
        ("POST", "NUMBER", ["subaccount": "SA0000000000000000XX"], "subaccount: SA0000000000000000XX does not exist"),
    ])
    func badInput(method: String, path: String, body: [String: String], message: String) throws {
        let client = try RouterClient()
        let number = try client.buyNumber()
        let before = client.get("Number/\(number)/").textWithoutAPIID
        let target = path.replacingOccurrences(of: "NUMBER", with: "Number/\(number)/")
        let response = method == "GET" ? client.get(target) : client.post(target, json: body)
        #expect(response.status == 400)
        #expect(response.error == message || (message.hasSuffix("does not exist") && response.error?.contains("does not exist") == true),
                "\(response.error ?? response.text)")
        #expect(client.get("Number/\(number)/").textWithoutAPIID == before)
    }

    @Test("Modify changes app_id, alias and subaccount; null or an empty app_id unlinks the application")
    func modify() throws {
        let client = try RouterClient()
        let app = try client.makeApplication()
        let sub = try client.makeSubaccount()
        let number = try client.buyNumber()
        #expect(client.post("Number/\(number)/", json: ["app_id": app, "alias": "sales", "subaccount": sub.authID]).status == 202)
        let changed = client.get("Number/\(number)/")
        #expect(changed.string("alias") == "sales")
        #expect(changed.string("application") == "/v1/Account/\(client.authID)/Application/\(app)/")
        #expect(changed.string("sub_account") == "/v1/Account/\(sub.authID)/")
        #expect(sub.get("Number/\(number)/").status == 200)
        #expect(client.post("Number/\(number)/", json: ["app_id": ""]).status == 202)
        #expect(client.get("Number/\(number)/")["application"] == .null)
        #expect(client.post("Number/\(number)/", json: ["app_id": app]).status == 202)
        #expect(client.send(.post, "Number/\(number)/", headers: [("Content-Type", "application/json")],
                            body: Array(#"{"app_id": null}"#.utf8)).status == 202)
        #expect(client.get("Number/\(number)/")["application"] == .null)
    }

    @Test("Unrenting answers 204; the number is gone and for sale again")
    func unrent() throws {
        let client = try RouterClient()
        let number = try client.buyNumber("country_iso=AU")
        let delete = client.delete("Number/\(number)/")
        #expect(delete.status == 204)
        #expect(delete.headers["Content-Type"] == "application/json")
        #expect(client.get("Number/\(number)/").status == 404)
        #expect(client.delete("Number/\(number)/").status == 404)
        #expect(try client.list("PhoneNumber/?country_iso=AU&limit=1").objects.first?["number"]?.stringValue == number)
    }

    @Test("A subaccount sees and manages only its own numbers; the main account sees everyone's")
    func isolation() throws {
        let client = try RouterClient()
        let one = try client.makeSubaccount(name: "one")
        let two = try client.makeSubaccount(name: "two")
        let mine = try one.buyNumber()
        let theirs = try two.buyNumber()
        let main = try client.buyNumber()
        #expect(try one.list("Number/").objects.map { $0["number"]?.stringValue } == [mine])
        #expect(one.get("Number/\(theirs)/").status == 404)
        #expect(one.post("Number/\(theirs)/", json: ["alias": "x"]).status == 404)
        #expect(one.delete("Number/\(main)/").status == 404)
        #expect(try client.list("Number/").total == 3)
        #expect(try client.list("Number/?subaccount=\(two.authID)").objects.map { $0["number"]?.stringValue } == [theirs])
        // Subaccounts spend their parent's credit.
        #expect(try client.cashCredits() == "97.60000")
    }
}
