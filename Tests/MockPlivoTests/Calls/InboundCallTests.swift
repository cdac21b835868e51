import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Inbound calls: a handset calls a number or endpoint, and the application's XML runs")
struct InboundCallTests {
    @Test("A handset calls a held number: its application answers, the XML runs, the CDR is inbound")
    func callNumber() throws {
        let receiver = try CallbackReceiver(paths: [
            "/answer": .respond(status: 200, body: "<Response><Wait length=\"2\"/><Speak>Welcome to the test line</Speak></Response>"),
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        let app = try client.makeApplication(extra: ["answer_url": receiver.url("/answer"), "hangup_url": receiver.url("/hangup")])
        let number = try client.buyNumber("country_iso=US&type=local", appID: app)
        let response = client.post("/__mock/Account/\(client.authID)/Handset/14155550100/Call/", json: [
            "to": "+" + number, "caller_name": "Ann", "forwarded_from": "14155550111",
        ])
        #expect(response.status == 201, "\(response.text)")
        #expect(response.string("message") == "call started")
        let uuid = try #require(response.string("call_uuid"))
        let cdr = try client.cdr(uuid)
        #expect(cdr.string("call_direction") == "inbound")
        #expect(cdr.string("from_number") == "+14155550100")
        #expect(cdr.string("to_number") == number)
        // Answered by the Speak after the 2 s Wait; 5 words, 2 s of speech.
        #expect(cdr["call_duration"]?.intValue == 2)
        let requests = receiver.requests(atLeast: 2)
        let answer = try #require(requests.first { $0.path == "/answer" }).formParameters
        #expect(answer["CallStatus"] == "ringing")
        #expect(answer["Direction"] == "inbound")
        #expect(answer["CallerName"] == "Ann")
        #expect(answer["ForwardedFrom"] == "14155550111")
        #expect(answer["To"] == number)
        let hangup = try #require(requests.first { $0.path == "/hangup" }).formParameters
        #expect(hangup["HangupCauseCode"] == "4010")
        #expect(hangup["Duration"] == "2")
    }

    @Test("A handset calls an endpoint by its sip: user; the endpoint's application answers")
    func callEndpoint() throws {
        let receiver = try CallbackReceiver(paths: ["/answer": .respond(status: 200, body: "<Response><Speak>Hi</Speak></Response>")])
        defer { receiver.stop() }
        let client = try RouterClient()
        let app = try client.makeApplication(extra: ["answer_url": receiver.url("/answer")])
        let endpoint = try client.makeEndpoint(username: "zumba", appID: app)
        let response = client.post("/__mock/Account/\(client.authID)/Handset/14155550100/Call/", json: [
            "to": "sip:\(endpoint.username)@phone.plivo.com",
        ])
        #expect(response.status == 201, "\(response.text)")
        let uuid = try #require(response.string("call_uuid"))
        #expect(try client.cdr(uuid).string("to_number") == "sip:\(endpoint.username)@phone.plivo.com")
    }

    @Test("A handset's voice settings play the caller: it hangs up when its document says")
    func callerHangsUp() throws {
        let receiver = try CallbackReceiver(paths: ["/answer": .respond(status: 200, body: "<Response><Speak loop=\"0\">Hold music</Speak></Response>")])
        defer { receiver.stop() }
        let client = try RouterClient()
        let app = try client.makeApplication(extra: ["answer_url": receiver.url("/answer")])
        let number = try client.buyNumber("country_iso=US&type=local", appID: app)
        client.setHandset("14155550100", #"{"voice": {"hangup_after_ms": 12500}}"#)
        let uuid = try #require(client.post("/__mock/Account/\(client.authID)/Handset/14155550100/Call/", json: ["to": number]).string("call_uuid"))
        let cdr = try client.cdr(uuid)
        #expect(cdr["call_duration"]?.intValue == 13)
        #expect(try client.list("Call/?hangup_source=Caller").total == 1)
    }

    @Test("Calls to what the account does not hold, or that has no application, are refused")
    func refused() throws {
        let client = try RouterClient()
        let bare = try client.buyNumber("country_iso=US&type=local", appID: nil)
        let path = "/__mock/Account/\(client.authID)/Handset/14155550100/Call/"
        #expect(client.post(path, json: ["to": "14155550999"]).error == "to 14155550999 is not a number this account holds")
        #expect(client.post(path, json: ["to": bare]).error == "to \(bare) has no application with an answer_url to take the call")
        #expect(client.post(path, json: ["to": "sip:nobody@phone.plivo.com"]).error == "to sip:nobody@phone.plivo.com is not an endpoint of this account")
        #expect(client.post(path, json: [:]).error == "to is required")
        #expect(client.post("/__mock/Account/\(client.authID)/Handset/default/Call/", json: ["to": bare]).status == 400)
    }

    @Test("The clock: GET shows it; advance moves a manual one and is a 409 on a scaled one")
    func clock() throws {
        let manual = try RouterClient(manualClock: true)
        let before = try #require(manual.get("/__mock/clock/").string("now"))
        #expect(manual.get("/__mock/clock/").string("mode") == "manual")
        let advanced = manual.post("/__mock/clock/advance/", json: ["seconds": "90"])
        #expect(advanced.status == 200)
        let after = try #require(advanced.string("now"))
        let parse = { (text: String) in Timestamps.parseUTC(text)?.microseconds ?? 0 }
        #expect(parse(after) - parse(before) == 90_000_000)
        #expect(manual.post("/__mock/clock/advance/", json: ["seconds": "-1"]).status == 400)
        #expect(manual.post("/__mock/clock/advance/", json: [:]).error == "seconds or milliseconds is required")
        // A bad milliseconds is a 400 even beside a good seconds (which wins when both are right): nothing moves.
        let both = manual.post("/__mock/clock/advance/", json: ["seconds": "5", "milliseconds": "-1"])
        #expect(both.status == 400)
        #expect(both.error == "milliseconds must be a whole number from 0 to 86400000, got \"-1\"")
        #expect(manual.get("/__mock/clock/").string("now") == after)
        let scaled = try RouterClient()
        #expect(scaled.post("/__mock/clock/advance/", json: ["seconds": "1"]).status == 409)
        #expect(scaled.get("/__mock/clock/").string("mode") == "scaled")
    }
}
