import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Messages: delivery reports, inbound SMS and replies reach the account's servers")
struct MessageCallbackTests {
    @Test("Each step is reported to url, signed as Plivo signs, with the seed's parameters")
    func deliveryReports() throws {
        let receiver = try CallbackReceiver(replies: [])
        defer { receiver.stop() }
        let client = try RouterClient()
        let uuid = try #require(try client.sendMessage([
            "src": "Alerts", "dst": "447700900123", "text": "hello", "url": receiver.url("/status"),
        ]).first)
        let reports = receiver.requests(atLeast: 3)
        #expect(reports.map { $0.formParameters["Status"] } == ["queued", "sent", "delivered"])
        let delivered = reports[2].formParameters
        #expect(delivered["MessageUUID"] == uuid)
        #expect(delivered["ParentMessageUUID"] == uuid)
        #expect(delivered["To"] == "447700900123")
        #expect(delivered["From"] == "Alerts")
        #expect(delivered["Units"] == "1")
        #expect(delivered["TotalRate"] == "0.04150")
        #expect(delivered["TotalAmount"] == "0.04150")
        #expect(delivered["MCC"] == "234")
        #expect(delivered["PartInfo"] == "1 of 1")
        for report in reports {
            let expected = PlivoSignature.v3(
                method: "POST", url: report.url, nonce: report.header("X-Plivo-Signature-V3-Nonce") ?? "",
                authToken: RouterClient.mainAuthToken, parameters: report.formParameters)
            #expect(report.header("X-Plivo-Signature-V3") == expected)
        }
        // Reports are traced as their answers come back, which is after the receiver has them: poll briefly.
        var events: [String] = []
        for _ in 0..<100 {
            let trace = client.get("/__mock/Account/\(client.authID)/Trace/\(uuid)/")
            #expect(trace.status == 200)
            events = trace["entries"]?.arrayValue?.compactMap { $0["event"]?.stringValue } ?? []
            if events.filter({ $0 == "callback message_status" }).count >= 3 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(events.filter { !$0.hasPrefix("callback") } == ["queued", "sent", "delivered"])
        #expect(events.filter { $0 == "callback message_status" }.count == 3)
    }

    @Test("A handset's SMS to a held number is stored as inbound and posted to the number's message_url")
    func inbound() throws {
        let receiver = try CallbackReceiver(replies: [])
        defer { receiver.stop() }
        let client = try RouterClient()
        let app = try client.makeApplication(extra: ["message_url": receiver.url("/sms"), "log_incoming_messages": false])
        let number = try client.buyNumber("country_iso=US&type=local", appID: app)
        let response = client.post("/__mock/Account/\(client.authID)/Handset/14155550100/Message/", json: ["to": number, "text": "hello"])
        #expect(response.status == 202)
        let uuid = try #require(response.string("message_uuid"))
        let requests = receiver.requests(atLeast: 1)
        #expect(requests.first?.formParameters["Text"] == "hello")
        #expect(requests.first?.formParameters["From"] == "14155550100")
        #expect(requests.first?.formParameters["MessageUUID"] == uuid)
        client.settle()
        let stored = client.get("Message/\(uuid)/")
        #expect(stored.string("message_direction") == "inbound")
        #expect(stored.string("message_state") == "received")
        #expect(try client.application.store.message(uuid: uuid, in: .init(mainAccountID: client.authID))?.text == "",
                "log_incoming_messages false keeps the text out of the store")
        #expect(client.post("/__mock/Account/\(client.authID)/Handset/14155550100/Message/", json: ["to": "14155550999", "text": "x"]).error
            == "to 14155550999 is not a number this account holds")
    }

    @Test("A handset with a reply answers a delivered message with an SMS to the sender's number")
    func reply() throws {
        let receiver = try CallbackReceiver(replies: [])
        defer { receiver.stop() }
        let client = try RouterClient()
        let app = try client.makeApplication(extra: ["message_url": receiver.url("/sms")])
        let number = try client.buyNumber("country_iso=US&type=local", appID: app)
        client.setHandset("14155550199", #"{"sms": {"reply": {"text": "STOP", "after_ms": 500}}}"#)
        _ = try client.sendMessage(["src": number, "dst": "14155550199", "text": "Your code is 1234"])
        let requests = receiver.requests(atLeast: 1)
        #expect(requests.first?.formParameters["Text"] == "STOP")
        #expect(requests.first?.formParameters["From"] == "14155550199")
        #expect(requests.first?.formParameters["To"] == number)
        client.settle()
        #expect(try client.list("Message/?message_direction=inbound").total == 1)
    }

    @Test("Bad handset documents are a 400 naming the setting, and change nothing", arguments: [
        (#"{"sms": {"outcome": "lost"}}"#, "sms.outcome must be one of delivered, undelivered, failed, rejected"),
        (#"{"sms": {"error_code": "30"}}"#, "sms.error_code needs an outcome other than delivered"),
        (#"{"sms": {"outcome": "failed", "error_code": "31"}}"#, "sms.error_code must be one of Plivo's codes: 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 200, 300, 420, 900, 910, 1000"),
        (#"{"sms": {"sent_after_ms": -1}}"#, "sms.sent_after_ms must be a whole number of milliseconds from 0 to 86400000"),
        (#"{"sms": {"sent_after_ms": 1e19}}"#, "sms.sent_after_ms must be a whole number of milliseconds from 0 to 86400000"),
        (#"{"handset": "447700900999", "sms": {}}"#, "the document's handset is not the path's 447700900123"),
        (#"{"sms": {"reply": {"text": ""}}}"#, "sms.reply.text must be a text of 1 to 1600 characters"),
        (#"{"voicemail": {}}"#, "voicemail is not a handset setting; use sms, voice"),
        (#"{"voice": {"answer": "maybe"}}"#, "voice.answer must be one of answer, busy, no-answer, reject, fail, machine"),
        (#"{"voice": {"ring_ms": 1.5}}"#, "voice.ring_ms must be a whole number of milliseconds from 0 to 86400000"),
        (#"{"voice": {"digits": "12x"}}"#, "voice.digits must be keys (0-9, *, #) or a list of them"),
        (#"{"voice": {"hangup": 3}}"#, "voice.hangup is not a handset setting; use voice.answer, voice.digits, voice.digits_after_ms, voice.hangup_after_ms, voice.record_finish_key, voice.record_ms, voice.ring_ms, voice.speech, voice.speech_confidence"),
        (#"[1]"#, "the handset must be a JSON object"),
    ])
    func badHandsets(document: String, message: String) throws {
        let client = try RouterClient()
        let response = client.send(.put, "/__mock/Account/\(client.authID)/Handset/447700900123/",
                                   headers: [("Content-Type", "application/json")], body: Array(document.utf8))
        #expect(response.status == 400)
        #expect(response.error == message)
        #expect(client.get("/__mock/Account/\(client.authID)/Handset/447700900123/").status == 404)
    }

    @Test("A handset document read with GET can be PUT back as it is")
    func handsetRoundTrip() throws {
        let client = try RouterClient()
        client.setHandset("447700900123", #"{"sms": {"outcome": "failed", "error_code": "30"}}"#)
        let path = "/__mock/Account/\(client.authID)/Handset/447700900123/"
        let read = client.get(path)
        let written = client.send(.put, path, headers: [("Content-Type", "application/json")], body: read.body)
        #expect(written.status == 200, "\(written.text)")
        #expect(written.text == read.text)
    }
}
