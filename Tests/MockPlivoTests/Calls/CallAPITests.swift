import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Calls API: make, CDRs, live and queued calls, hangup, transfer, cancel")
struct CallAPITests {
    static let speak = CallbackReceiver.Reply.respond(status: 200, body: "<Response><Speak>Hello from the test</Speak></Response>")

    @Test("A call is fired (201), runs the answer XML and leaves a CDR with the fixture's keys, charged to the account")
    func makeCall() throws {
        let receiver = try CallbackReceiver(paths: ["/answer": Self.speak])
        defer { receiver.stop() }
        let client = try RouterClient()
        let response = client.post("Call/", json: [
            "from": "+14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
            "hangup_url": receiver.url("/hangup"), "ring_url": receiver.url("/ring"), "ring_method": "GET",
            "sip_headers": "tenant=acme,plan=gold", "caller_name": "Ann",
        ])
        #expect(response.status == 201)
        #expect(response.string("message") == "call fired")
        try FixtureShape.expectSameShape(response.json, as: "callCreateResponse")
        let uuid = try #require(response.string("request_uuid"))
        let cdr = try client.cdr(uuid)
        try FixtureShape.expectSameShape(cdr.json, as: "callGetResponse")
        #expect(cdr.string("call_uuid") == uuid)
        #expect(cdr.string("from_number") == "+14155550100")
        #expect(cdr.string("to_number") == "14155550199")
        #expect(cdr.string("call_direction") == "outbound")
        #expect(cdr["call_duration"]?.intValue == 2)
        #expect(cdr["billed_duration"]?.intValue == 60)
        let requests = receiver.requests(atLeast: 3)
        #expect(requests.map(\.path) == ["/ring", "/answer", "/hangup"])
        let ring = requests[0].queryParameters
        #expect(ring["Event"] == "Ring")
        #expect(ring["CallStatus"] == "ringing")
        let answer = requests[1].formParameters
        #expect(answer["Event"] == "StartApp")
        #expect(answer["CallStatus"] == "in-progress")
        #expect(answer["X-PH-tenant"] == "acme")
        #expect(answer["X-PH-plan"] == "gold")
        #expect(answer["CallerName"] == "Ann")
        #expect(answer["From"] == "14155550100")
        #expect([answer["ALegUUID"], answer["ALegRequestUUID"], answer["RequestUUID"]] == [uuid, uuid, uuid])
        #expect(answer["BillRate"] == cdr.string("total_rate"))
        let hangup = requests[2].formParameters
        #expect(hangup["CallUUID"] == uuid)
        #expect(hangup["Event"] == "Hangup")
        #expect(hangup["HangupCauseCode"] == "4010")
        #expect(hangup["HangupSource"] == "Plivo")
        #expect(hangup["Duration"] == "2")
        #expect(hangup["BillDuration"] == "60")
        #expect(hangup["TotalCost"] == cdr.string("total_amount"))
        for request in requests {
            CallbackFixtures.expectValidSignatures(
                request, authToken: RouterClient.mainAuthToken, mainAuthToken: RouterClient.mainAuthToken)
        }
        let list = client.get("Call/")
        try FixtureShape.expectSameShape(list.json, as: "callListResponse")
        #expect(list["objects"]?.arrayValue?.count == 1)
    }

    @Test("Several destinations joined by < make one call each ('calls fired')")
    func bulk() throws {
        let receiver = try CallbackReceiver(paths: ["/answer": Self.speak])
        defer { receiver.stop() }
        let client = try RouterClient()
        let response = client.post("Call/", json: [
            "from": "14155550100", "to": "14155550199<14155550198<sip:alice@phone.plivo.com",
            "answer_url": receiver.url("/answer"),
        ])
        #expect(response.status == 201)
        #expect(response.string("message") == "calls fired")
        let uuids = (response["request_uuid"]?.arrayValue ?? []).compactMap(\.stringValue)
        #expect(uuids.count == 3)
        for uuid in uuids { #expect(try client.cdr(uuid).status == 200) }
        #expect(try client.list("Call/?to_number=14155550198").total == 1)
    }

    @Test("Bad calls are a 400 naming the parameter, and nothing starts", arguments: [
        (["to": "14155550199", "answer_url": "http://127.0.0.1:9/a"], "from is required"),
        (["from": "14155550100", "answer_url": "http://127.0.0.1:9/a"], "to is required"),
        (["from": "14155550100", "to": "14155550199"], "answer_url is required"),
        (["from": "14155550100", "to": "1415<14155550199", "answer_url": "http://127.0.0.1:9/a"],
         "to must be numbers of 8 to 15 digits or sip: URIs joined by <, got \"1415\""),
        (["from": "14155550100", "to": "14155550100", "answer_url": "http://127.0.0.1:9/a"],
         "to must not include the caller 14155550100: src and destination cannot overlap"),
        (["from": "14155550100", "to": "14155550199", "answer_url": "ftp://x"],
         "answer_url must be an absolute http or https URL"),
        (["from": "14155550100", "to": "14155550199", "answer_url": "http://127.0.0.1:9/a", "answer_method": "PUT"],
         "answer_method must be GET or POST"),
        (["from": "14155550100", "to": "14155550199", "answer_url": "http://127.0.0.1:9/a", "time_limit": "0"],
         "time_limit must be a whole number of seconds, at least 1, got \"0\""),
        (["from": "14155550100", "to": "14155550199", "answer_url": "http://127.0.0.1:9/a", "machine_detection": "yes"],
         "machine_detection must be true or hangup, got \"yes\""),
        (["from": "14155550100", "to": "14155550199", "answer_url": "http://127.0.0.1:9/a", "machine_detection": "true",
          "machine_detection_time": "500"],
         "machine_detection_time must be milliseconds from 2000 to 10000, got \"500\""),
        (["from": "14155550100", "to": "14155550199", "answer_url": "http://127.0.0.1:9/a", "sip_headers": "a-b=1"],
         "sip_headers must be name=value pairs joined by commas, names of letters and digits and values also %, got \"a-b=1\""),
        (["from": "14155550100", "to": "14155550199", "answer_url": "http://127.0.0.1:9/a", "send_digits": "12x"],
         "send_digits must be keys from 0-9, * and #, w or W for pauses, and an optional @duration in ms, got \"12x\""),
        (["from": "14155550100", "to": "14155550199", "answer_url": "http://127.0.0.1:9/a",
          "parent_call_uuid": "4d04c52e-cea3-4458-bbdb-0bfc314ee7cd", "error_if_parent_not_found": "true"],
         "parent_call_uuid 4d04c52e-cea3-4458-bbdb-0bfc314ee7cd is not a call in progress of this account"),
    ] as [([String: String], String)])
    func validation(body: [String: String], message: String) throws {
        let client = try RouterClient(manualClock: true)
        let response = client.post("Call/", json: body)
        #expect(response.status == 400)
        #expect(response.error == message)
        #expect(client.get("Call/?status=queued")["calls"]?.arrayValue?.isEmpty == true)
    }

    @Test("A parent_call_uuid sent as a JSON number is a 400, and nothing starts")
    func aNumericParentCallUUIDIsRefused() throws {
        let client = try RouterClient(manualClock: true)
        let response = client.send(.post, "Call/", headers: [("Content-Type", "application/json")], body: Array(#"""
            {"from": "14155550100", "to": "14155550199", "answer_url": "http://127.0.0.1:9/a", "parent_call_uuid": 0}
            """#.utf8))
        #expect(response.status == 400)
        #expect(response.error == "parent_call_uuid must be a string")
        #expect(client.get("Call/?status=queued")["calls"]?.arrayValue?.isEmpty == true)
    }

    @Test("A call the account cannot pay a first minute of is refused, and nothing starts")
    func credit() throws {
        let client = try RouterClient(manualClock: true)
        #expect(client.post("/__mock/accounts/\(client.authID)/credit/", json: ["cash_credits": "0.00100"]).status == 200)
        let response = client.post("Call/", json: [
            "from": "14155550100", "to": "14155550199", "answer_url": "http://127.0.0.1:9/a",
        ])
        #expect(response.status == 400)
        #expect(response.error?.hasPrefix("insufficient credit: this costs ") == true)
        #expect(client.get("Call/?status=queued")["calls"]?.arrayValue?.isEmpty == true)
    }

    @Test("On a manual clock a call is queued, then live, then gone; live and queued views show it as Plivo does")
    func liveAndQueued() throws {
        let receiver = try CallbackReceiver(paths: ["/answer": .respond(status: 200, body: "<Response><Wait length=\"60\"/></Response>")])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"), "caller_name": "Ann",
        ]).first)
        let queued = client.get("Call/?status=queued")
        #expect(queued["calls"]?.arrayValue?.compactMap(\.stringValue) == [uuid])
        let queuedCall = client.get("Call/\(uuid)/?status=queued")
        #expect(queuedCall.string("call_status") == "queued")
        #expect(client.get("Call/\(uuid)/?status=live").status == 404)
        client.advance(by: 4)
        _ = receiver.requests(atLeast: 1)
        let live = client.get("Call/\(uuid)/?status=live")
        #expect(live.status == 200)
        try FixtureShape.expectSameShape(live.json, as: "liveCallGetResponse")
        #expect(live.string("call_status") == "in-progress")
        #expect(live.string("caller_name") == "Ann")
        #expect(live.string("request_uuid") == uuid)
        let list = client.get("Call/?status=live")
        try FixtureShape.expectSameShape(list.json, as: "liveCallListGetResponse")
        #expect(client.get("Call/\(uuid)/").status == 404)
        client.advance(by: 60)
        #expect(try client.cdr(uuid)["call_duration"]?.intValue == 60)
        #expect(client.get("Call/\(uuid)/?status=live").status == 404)
    }

    @Test("Hangup (204), hang up all (204) and cancel a request (204); 404 for calls that are not there")
    func hangups() throws {
        let receiver = try CallbackReceiver(paths: ["/answer": .respond(status: 200, body: "<Response><Wait length=\"600\"/></Response>")])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuids = try client.makeCall([
            "from": "14155550100", "to": "14155550199<14155550198<14155550197", "answer_url": receiver.url("/answer"),
        ])
        #expect(client.delete("Request/\(uuids[0])/").status == 204)
        client.advance(by: 10)
        #expect(client.delete("Request/\(uuids[1])/").status == 404)
        #expect(client.delete("Call/\(uuids[1])/").status == 204)
        #expect(client.delete("Call/").status == 204)
        client.advance(by: 0)
        #expect(try client.cdr(uuids[0]).string("answer_time") == nil)
        #expect(try client.cdr(uuids[1])["call_duration"]?.intValue == 6)
        #expect(try client.cdr(uuids[2])["call_duration"]?.intValue == 6)
        #expect(client.delete("Call/\(uuids[1])/").status == 404)
        #expect(client.delete("Request/not-a-request/").status == 404)
        #expect(try client.list("Call/?hangup_source=API%20Request").total == 3)
    }

    @Test("A transfer (202, 'call transfered') runs the new URL's XML; only an answered call can be transferred")
    func transfer() throws {
        let receiver = try CallbackReceiver(paths: [
            "/answer": .respond(status: 200, body: "<Response><Wait length=\"600\"/></Response>"),
            "/transfer": Self.speak,
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        #expect(client.post("Call/\(uuid)/", json: ["legs": "aleg", "aleg_url": receiver.url("/transfer")]).status == 404)
        client.advance(by: 10)
        let response = client.post("Call/\(uuid)/", json: ["legs": "aleg", "aleg_url": receiver.url("/transfer")])
        #expect(response.status == 202)
        try FixtureShape.expectSameShape(response.json, as: "callUpdateResponse")
        #expect(client.post("Call/\(uuid)/", json: ["legs": "bleg", "bleg_url": receiver.url("/transfer")]).status == 400)
        _ = receiver.requests(atLeast: 2)
        client.advance(by: 5)
        let cdr = try client.cdr(uuid)
        #expect(cdr["call_duration"]?.intValue == 8)
    }

    @Test("The CDR list has the seed's filters, newest first, and a subaccount sees only its own")
    func listFilters() throws {
        let receiver = try CallbackReceiver(paths: ["/answer": Self.speak])
        defer { receiver.stop() }
        let client = try RouterClient()
        let sub = try client.makeSubaccount()
        let first = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        _ = try client.cdr(first)
        let second = try #require(try sub.makeCall([
            "from": "14155550100", "to": "442071838750", "answer_url": receiver.url("/answer"),
        ]).first)
        _ = try sub.cdr(second)
        #expect(try client.list("Call/").objects.map { $0["call_uuid"]?.stringValue } == [second, first])
        #expect(try sub.list("Call/").objects.map { $0["call_uuid"]?.stringValue } == [second])
        #expect(sub.get("Call/\(first)/").status == 404)
        #expect(try client.list("Call/?subaccount=\(sub.authID)").total == 1)
        #expect(try client.list("Call/?call_direction=inbound").total == 0)
        #expect(try client.list("Call/?from_number=%2B14155550100&bill_duration__gte=1&hangup_cause_code=4010").total == 2)
        #expect(try client.list("Call/?bill_duration__gt=5").total == 0)
        let end = try #require(client.get("Call/\(first)/").string("end_time"))
        #expect(try client.list("Call/?end_time=\(String(end.prefix(10)))").total == 2)
        #expect(client.get("Call/?call_direction=sideways").error == "call_direction must be one of inbound, outbound, got \"sideways\"")
        #expect(client.get("Call/?status=over").error == "status must be live or queued, got \"over\"")
    }
}

@Suite("Calls: two runs of one scenario with the same --seed give identical CDRs and callbacks")
struct CallDeterminismTests {
    /// Runs a scenario (a bulk call with a busy destination, a late answer with a callee hangup, a redirect, a
    /// Play of a 3 s WAV the receiver serves) on a fresh seeded server; returns each CDR (without `api_id`) and the parameters of every
    /// callback, sorted.
    static func run() throws -> (cdrs: [String], callbacks: [String]) {
        let receiver = try CallbackReceiver(paths: [:])
        defer { receiver.stop() }
        receiver.reply(to: "/answer", with: .respond(
            status: 200, body: "<Response><Speak>Hello there</Speak><Redirect>\(receiver.url("/next"))</Redirect></Response>"))
        receiver.reply(to: "/next", with: .respond(
            status: 200, body: "<Response><Play>\(receiver.url("/three.wav"))</Play><Wait length=\"7\"/></Response>"))
        let wav = SilentAudio(.wav, microseconds: 3_000_000)
        receiver.reply(to: "/three.wav", with: .file(contentType: wav.contentType, bytes: wav.bytes))
        let client = try RouterClient(seed: 42)
        client.setHandset("14155550198", #"{"voice": {"answer": "busy"}}"#)
        client.setHandset("14155550197", #"{"voice": {"ring_ms": 9000, "hangup_after_ms": 4500}}"#)
        let uuids = try client.makeCall([
            "from": "14155550100", "to": "14155550199<14155550198<14155550197", "answer_url": receiver.url("/answer"),
            "hangup_url": receiver.url("/hangup"),
        ])
        let cdrs = try uuids.map { uuid -> String in
            guard case .object(var object)? = try client.cdr(uuid).json else { return "not an object" }
            object["api_id"] = nil
            return "\(object.sorted { $0.key < $1.key })"
        }
        // The answered calls: answer, redirect, hangup; the busy one: hangup; and the Play's file, fetched once
        // for both answered calls (see expectedRequests).
        _ = receiver.requests(atLeast: expectedRequests)
        let callbacks = receiver.requests.map { "\($0.path) \($0.formParameters.sorted { $0.key < $1.key })" }.sorted()
        return (cdrs, callbacks)
    }

    /// 7 callbacks, and one GET of the Play's file since the engine measures it (AudioMediaPort): one, not two,
    /// because a length is cached by URL and a lookup made while the first fetch is out joins it. The file is
    /// served rather than a 404 for that reason: a failure is not cached, so whether a 404 is fetched once or
    /// twice would depend on whether the two calls' lookups overlap in real time.
    static let expectedRequests = 8

    @Test("Same seed, same scenario: identical CDRs and callback parameters")
    func identical() throws {
        let first = try Self.run()
        let second = try Self.run()
        #expect(first.cdrs.count == 3)
        #expect(first.cdrs == second.cdrs)
        #expect(first.callbacks == second.callbacks)
        #expect(first.callbacks.count == Self.expectedRequests)
    }
}
