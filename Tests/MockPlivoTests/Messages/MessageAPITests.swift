import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Messages: send, lifecycle, list and get")
struct MessageAPITests {
    @Test("A send answers 202 with one UUID per destination; each message is delivered and charged exactly")
    func sendAndDeliver() throws {
        let client = try RouterClient()
        let uuids = try client.sendMessage(["src": "MockPlivo", "dst": "447700900123<447700900124", "text": "hi"])
        #expect(uuids.count == 2)
        client.settle()
        let message = client.get("Message/\(uuids[0])/")
        #expect(message.status == 200)
        #expect(message.string("message_state") == "delivered")
        #expect(message.string("error_code") == "000")
        #expect(message.string("from_number") == "MockPlivo")
        #expect(message.string("to_number") == "447700900123")
        #expect(message.string("message_direction") == "outbound")
        #expect(message["units"]?.intValue == 1)
        #expect(message.string("total_amount") == message.string("total_rate"))
        #expect(message.string("message_sent_time")?.hasSuffix("+00:00") == true)
        // The GB rate, twice.
        let rate = try #require(message.string("total_rate"))
        #expect(rate == "0.04150")
        #expect(try client.cashCredits() == "99.91700")
    }

    @Test("Long texts are split into units, GSM-7 at 160/153 characters and UCS-2 at 70/67, and charged per unit",
          arguments: [(String(repeating: "a", count: 160), 1), (String(repeating: "a", count: 161), 2),
                      (String(repeating: "€", count: 80), 1), (String(repeating: "€", count: 81), 2), (String(repeating: "é", count: 70), 1),
                      (String(repeating: "ж", count: 70), 1), (String(repeating: "ж", count: 71), 2),
                      (String(repeating: "ж", count: 135), 3)])
    func units(text: String, units: Int) throws {
        let client = try RouterClient()
        let uuid = try #require(try client.sendMessage(["src": "Alerts", "dst": "447700900123", "text": text]).first)
        let message = client.get("Message/\(uuid)/")
        #expect(message["units"]?.intValue == units)
        #expect(message.string("total_amount") == ["0.04150", "0.08300", "0.12450"][units - 1])
    }

    @Test("Bad sends are a 400 naming the parameter, and nothing is stored or charged", arguments: [
        (["src": "Alerts", "text": "x"], "dst is required"),
        (["src": "Alerts", "dst": "4477", "text": "x"], "dst must be numbers of 8 to 15 digits joined by <, got \"4477\""),
        (["dst": "447700900123", "text": "x"], "src is required (or powerpack_uuid)"),
        (["src": "Alerts", "powerpack_uuid": "p", "dst": "447700900123", "text": "x"], "give either src or powerpack_uuid, not both"),
        (["powerpack_uuid": "pp-1", "dst": "447700900123", "text": "x"], "powerpack_uuid pp-1 does not exist"),
        (["src": "447700900123", "dst": "447700900123", "text": "x"], "dst must not include the source number 447700900123"),
        (["src": "Alerts", "dst": "447700900123"], "text is required"),
        (["src": "Alerts", "dst": "447700900123", "text": String(repeating: "x", count: 1001)], "text must be at most 1000 bytes of UTF-8, got 1001"),
        (["src": "Alerts", "dst": "447700900123", "text": "x", "type": "fax"], "type must be sms or mms, got \"fax\""),
        (["src": "Alerts", "dst": "447700900123", "text": "x", "url": "ftp://x"], "url must be an absolute http or https URL"),
        (["src": "Alerts", "dst": "447700900123", "text": "x", "method": "PUT"], "method must be GET or POST"),
        (["src": "A very long sender", "dst": "447700900123", "text": "x"], "src must be a number of 8 to 15 digits or a sender ID of 1 to 11 letters and digits, got \"A very long sender\""),
        (["src": "14155550100", "dst": "14155550199", "text": "x"], "src 14155550100 is not a number of this account; messages to the US and Canada need one"),
        (["src": "Alerts", "dst": "447700900123", "type": "mms", "media_urls": "https://example.com/a.png"], "dst 447700900123: MMS can only be sent to the US and Canada"),
    ] as [([String: String], String)])
    func badSends(body: [String: String], message: String) throws {
        let client = try RouterClient()
        let response = client.post("Message/", json: body)
        #expect(response.status == 400)
        #expect(response.error == message)
        #expect(try client.list("Message/").total == 0)
        #expect(try client.cashCredits() == "100.00000")
    }

    @Test("Messages to the US need a number of the account that takes SMS; then they go")
    func northAmericanSource() throws {
        let client = try RouterClient()
        let number = try client.buyNumber("country_iso=US&type=local")
        let uuids = try client.sendMessage(["src": number, "dst": "14155550199", "text": "hi"])
        client.settle()
        #expect(client.get("Message/\(uuids[0])/").string("message_state") == "delivered")
    }

    @Test("With log=false the destination is masked and the text is not kept")
    func logFalse() throws {
        let client = try RouterClient()
        let uuid = try #require(try client.sendMessage(["src": "Bank", "dst": "447700900123", "text": "code 1234", "log": false]).first)
        #expect(client.get("Message/\(uuid)/").string("to_number") == "447XXXXXX123")
        let stored = try #require(try client.application.store.message(uuid: uuid, in: .init(mainAccountID: client.authID)))
        #expect(stored.text == "")
    }

    @Test("A handset decides the outcome: failed, undelivered or rejected, with Plivo's error code and message")
    func handsetOutcomes() throws {
        let client = try RouterClient()
        client.setHandset("447700900001", #"{"sms": {"outcome": "failed", "error_code": "30"}}"#)
        client.setHandset("447700900002", #"{"sms": {"outcome": "undelivered"}}"#)
        client.setHandset("default", #"{"sms": {"outcome": "rejected"}}"#)
        let uuids = try client.sendMessage(["src": "Alerts", "dst": "447700900001<447700900002<447700900003", "text": "x"])
        client.settle()
        let states = uuids.map { client.get("Message/\($0)/") }
        #expect(states.map { $0.string("message_state") } == ["failed", "undelivered", "rejected"])
        #expect(states.map { $0.string("error_code") } == ["30", "80", "100"])
        #expect(states.map { $0.string("error_message") } == ["Spam Detected", "Destination Temporarily Unavailable", "Prohibited by Carrier"])
        #expect(states[0]["message_sent_time"] == .null)
        #expect(try client.list("Message/?message_state=failed&error_code=30").objects.count == 1)
    }

    @Test("The list has every seed filter, newest first, and a subaccount sees only its own")
    func listFilters() throws {
        let client = try RouterClient()
        let sub = try client.makeSubaccount()
        let first = try client.sendMessage(["src": "One", "dst": "447700900123", "text": "x"])[0]
        let second = try sub.sendMessage(["src": "Two", "dst": "447700900124", "text": "y"])[0]
        client.settle()
        #expect(try client.list("Message/").objects.map { $0["message_uuid"]?.stringValue } == [second, first])
        #expect(try sub.list("Message/").objects.map { $0["message_uuid"]?.stringValue } == [second])
        #expect(sub.get("Message/\(first)/").status == 404)
        #expect(try client.list("Message/?subaccount=\(sub.authID)").total == 1)
        #expect(try client.list("Message/?message_direction=inbound").total == 0)
        #expect(try client.list("Message/?message_direction=outbound&message_type=sms&message_state=delivered").total == 2)
        let time = try #require(client.get("Message/\(first)/").string("message_time"))
        let day = String(time.prefix(10))
        #expect(try client.list("Message/?message_time__gte=\(day)").total == 2)
        #expect(try client.list("Message/?message_time__lt=\(day)").total == 0)
        #expect(try client.list("Message/?message_time=\(day)").total == 2)
        let bad = client.get("Message/?message_time__gt=yesterday")
        #expect(bad.status == 400)
        #expect(bad.error == "message_time__gt must be a UTC time such as 2026-12-06 14:30:00 or 2026-12-06, got \"yesterday\"")
        #expect(client.get("Message/?message_state=lost").error == "message_state must be one of queued, sent, failed, delivered, undelivered, rejected, received, got \"lost\"")
    }

    @Test("Responses have the keys and value types of plivo-python's fixtures")
    func fixtureShapes() throws {
        let client = try RouterClient()
        let send = client.post("Message/", json: ["src": "Alerts", "dst": "447700900123", "text": "x"])
        try FixtureShape.expectSameShape(send.json, as: "messageSendResponse")
        let uuid = try #require(send["message_uuid"]?[0]?.stringValue)
        client.settle()
        try FixtureShape.expectSameShape(client.get("Message/\(uuid)/").json, as: "messageGetResponse")
        try FixtureShape.expectSameShape(client.get("Message/").json, as: "messageListResponse")
        let number = try client.buyNumber("country_iso=US&type=local&services=mms")
        let mms = try client.sendMessage(["src": number, "dst": "14155550199", "type": "mms", "media_urls": ["https://example.com/a.png"]])
        try FixtureShape.expectSameShape(client.get("Message/\(mms[0])/Media/").json, as: "messageListMediaResponse")
    }
}
