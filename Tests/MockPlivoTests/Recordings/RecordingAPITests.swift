import Testing
@testable import CallEngine
@testable import MockPlivo
@testable import PlivoCatalog
@testable import PlivoStore
@testable import PlivoSupport

@Suite("Recordings API: list, filters, get, delete, isolation")
struct RecordingAPITests {
    /// The keys of every Recording object, call or conference, listed or got (`api_id` aside): those of
    /// plivo-python's `recordingGetAddedFilterResponse.json`, the newest capture.
    static let keys: Set<String> = [
        "add_time", "call_uuid", "conference_name", "from_number", "monthly_recording_storage_amount",
        "recording_duration_ms", "recording_end_ms", "recording_format", "recording_id", "recording_start_ms",
        "recording_storage_duration", "recording_storage_rate", "recording_type", "recording_url", "resource_uri",
        "rounded_recording_duration", "to_number",
    ]

    static func keys(of value: JSONValue?) -> Set<String> {
        guard case .object(let object)? = value else { return [] }
        return Set(object.keys)
    }

    static func number(_ value: JSONValue?) -> Double? {
        guard case .number(let number)? = value else { return nil }
        return number
    }

    @Test("A call recording is got and listed with the fixtures' keys and types, and the values Plivo would show")
    func getAndListShapes() throws {
        let client = try RouterClient()
        client.storeRecording("rec-1", callUUID: "call-1")
        let got = client.get("Recording/rec-1/")
        #expect(got.status == 200)
        try FixtureShape.expectSameShape(got.json, as: "recordingGetResponse")
        try FixtureShape.expectSameShape(got.json, as: "recordingGetAddedFilterResponse")
        #expect(Self.keys(of: got.json) == Self.keys.union(["api_id"]))
        #expect(got.string("add_time") == "2025-01-01 00:00:00.000000+00:00")
        #expect(got.string("call_uuid") == "call-1")
        #expect(got.string("conference_name") == "")
        #expect(got.string("from_number") == "+14155550100")
        #expect(got.string("to_number") == "14155550199")
        #expect(got.string("recording_duration_ms") == "7560.00000")
        #expect(got.string("recording_start_ms") == "1735689592440.00000")
        #expect(got.string("recording_end_ms") == "1735689600000.00000")
        #expect(got.string("recording_format") == "mp3")
        #expect(got.string("recording_type") == "call")
        #expect(got.string("recording_id") == "rec-1")
        #expect(got.string("resource_uri") == "/v1/Account/\(client.authID)/Recording/rec-1/")
        // Never bound: the configured port 0 (a live server's URL is checked in RecordingFileTests).
        #expect(got.string("recording_url") == "http://127.0.0.1:0/v1/Account/\(client.authID)/Recording/rec-1.mp3")
        #expect(got["rounded_recording_duration"]?.intValue == 60)
        #expect(got["recording_storage_duration"]?.intValue == 1)
        #expect(Self.number(got["recording_storage_rate"]) == 0.0004)
        #expect(Self.number(got["monthly_recording_storage_amount"]) == 0)
        #expect(got.text.contains("\"recording_storage_rate\":0.0004,"))

        let list = client.get("Recording/")
        #expect(list.status == 200)
        try FixtureShape.expectSameShape(list.json, as: "recordingListResponse")
        try FixtureShape.expectSameShape(list.json, as: "recordingListFromFilterResponse")
        let object = try #require(list["objects"]?[0])
        #expect(Self.keys(of: object) == Self.keys)
        #expect(object["recording_url"] == got["recording_url"])
    }

    @Test("A conference recording has the same keys, its conference's name and type conference")
    func conferenceRecording() throws {
        let client = try RouterClient()
        client.storeRecording("conf-1", kind: .conference, format: .wav, conferenceName: "standup", from: nil, to: nil)
        let got = client.get("Recording/conf-1/")
        try FixtureShape.expectSameShape(got.json, as: "recordingGetResponse")
        try FixtureShape.expectSameShape(got.json, as: "recordingGetAddedFilterResponse")
        #expect(Self.keys(of: got.json) == Self.keys.union(["api_id"]))
        #expect(got.string("conference_name") == "standup")
        #expect(got.string("recording_type") == "conference")
        #expect(got.string("recording_format") == "wav")
        #expect(got.string("recording_url")?.hasSuffix("/Recording/conf-1.wav") == true)
        #expect(got.string("from_number") == "")
    }

    @Test("Without the engine's caller and callee, a recording shows its call's, once the call has a CDR")
    func callerFromTheCDR() throws {
        let client = try RouterClient()
        client.storeRecording("rec-1", callUUID: "call-1", from: nil, to: nil)
        #expect(client.get("Recording/rec-1/").string("from_number") == "")
        var writes = EngineWrites()
        writes.endedCalls = [StoredCall(
            callUUID: "call-1", requestUUID: nil, parentCallUUID: nil, accountID: client.authID, subaccountID: nil,
            direction: "inbound", from: "14155550111", to: "sip:alice@phone.plivo.com", status: "completed",
            initiationTime: 0, answerTime: 0, endTime: 1, duration: 1, billedDuration: 60, totalRate: .zero,
            totalAmount: .zero, hangupCause: "NORMAL_CLEARING", hangupCauseName: "Normal Hangup", hangupCauseCode: 4000,
            hangupSource: "Caller")]
        try client.application.store.apply(writes)
        let got = client.get("Recording/rec-1/")
        #expect(got.string("from_number") == "+14155550111")
        #expect(got.string("to_number") == "sip:alice@phone.plivo.com")
    }

    @Test("The list is newest first, pages with Plivo's meta, and caps limit at 20")
    func paging() throws {
        let client = try RouterClient()
        for index in 0..<25 {
            client.storeRecording("rec-\(index)", endedAt: .seconds(Int64(index)))
        }
        let first = client.get("Recording/?limit=2")
        #expect(first["meta"]?["total_count"]?.intValue == 25)
        #expect(first["meta"]?["limit"]?.intValue == 2)
        #expect(first["meta"]?["next"]?.stringValue == "/v1/Account/\(client.authID)/Recording/?limit=2&offset=2")
        #expect(first["meta"]?["previous"] == .null)
        #expect(first["objects"]?.arrayValue?.compactMap { $0["recording_id"]?.stringValue } == ["rec-24", "rec-23"])
        let later = client.get("Recording/?limit=2&offset=4&call_uuid=c0ffee00-0000-4000-8000-000000000001")
        #expect(later["objects"]?.arrayValue?.compactMap { $0["recording_id"]?.stringValue } == ["rec-20", "rec-19"])
        #expect(later["meta"]?["previous"]?.stringValue
            == "/v1/Account/\(client.authID)/Recording/?limit=2&call_uuid=c0ffee00-0000-4000-8000-000000000001&offset=2")
        #expect(try client.list("Recording/?limit=50").objects.count == 20)
        #expect(try client.list("Recording/?offset=20").objects.count == 5)
        #expect(client.get("Recording/?limit=-1").error == "Invalid limit '-1' provided. Please provide a positive integer >= 0.")
    }

    @Test("call_uuid and add_time filters, in the CDR list's time format")
    func filters() throws {
        let client = try RouterClient()
        client.storeRecording("a", callUUID: "call-a", endedAt: .seconds(-86_400))  // 2024-12-31 00:00:00
        client.storeRecording("b", callUUID: "call-b", endedAt: .seconds(30))  // 2025-01-01 00:00:30
        client.storeRecording("c", callUUID: "call-b", endedAt: .seconds(3_600))  // 2025-01-01 01:00:00
        func ids(_ query: String) throws -> [String] {
            try client.list("Recording/?\(query)").objects.compactMap { $0["recording_id"]?.stringValue }
        }
        #expect(try ids("call_uuid=call-b") == ["c", "b"])
        #expect(try ids("call_uuid=nobody").isEmpty)
        #expect(try ids("add_time=2025-01-01") == ["c", "b"])
        #expect(try ids("add_time=2025-01-01%2000:00") == ["b"])
        #expect(try ids("add_time__gt=2025-01-01%2000:00:30") == ["c"])
        #expect(try ids("add_time__gte=2025-01-01%2000:00:30") == ["c", "b"])
        #expect(try ids("add_time__lt=2025-01-01") == ["a"])
        #expect(try ids("add_time__lte=2025-01-01%2000:00:30.000000%2B00:00") == ["b", "a"])
        #expect(try ids("add_time__gte=2024-12-31&add_time__lt=2025-01-01%2001:00&call_uuid=call-b") == ["b"])
        // A time as the object prints it filters as it is.
        let printed = try #require(client.get("Recording/b/").string("add_time"))
        #expect(try ids("add_time=\(printed.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "+", with: "%2B"))") == ["b"])
        #expect(try client.list("Recording/?add_time__gt=2024-12-30").total == 3)
    }

    @Test("Bad filters are a 400 naming the parameter", arguments: [
        ("add_time__gt=yesterday",
         "add_time__gt must be a UTC time such as 2026-12-06 14:30:00 or 2026-12-06, got \"yesterday\""),
        ("add_time=2025-13-01", "add_time must be a UTC time such as 2026-12-06 14:30:00 or 2026-12-06, got \"2025-13-01\""),
        ("subaccount=MA123", "subaccount must be a subaccount auth_id (SA followed by 18 characters)"),
        ("offset=x", "Invalid offset 'x' provided. Please provide an integer."),
    ])
    func badFilters(query: String, message: String) throws {
        let client = try RouterClient()
        let response = client.get("Recording/?\(query)")
        #expect(response.status == 400)
        #expect(response.error == message)
        #expect(Self.keys(of: response.json) == ["api_id", "error"])
    }

    @Test("Delete answers 204; the recording is gone from get, list and count; unknown ids are a 404 that changes nothing")
    func delete() throws {
        let client = try RouterClient()
        client.storeRecording("keep")
        client.storeRecording("drop", endedAt: .seconds(1))
        let deleted = client.delete("Recording/drop/")
        #expect(deleted.status == 204)
        #expect(deleted.body.isEmpty)
        let missing = client.get("Recording/drop/")
        #expect(missing.status == 404)
        #expect(missing.error == "recording drop not found")
        #expect(Self.keys(of: missing.json) == ["api_id", "error"])
        #expect(client.delete("Recording/drop/").status == 404)
        #expect(client.delete("Recording/nothing/").error == "recording nothing not found")
        let list = try client.list("Recording/")
        #expect(list.total == 1)
        #expect(list.objects.compactMap { $0["recording_id"]?.stringValue } == ["keep"])
    }

    @Test("A subaccount sees and deletes only its own recordings; the main account sees all and filters by subaccount")
    func isolation() throws {
        let client = try RouterClient()
        let sub = try client.makeSubaccount()
        let other = try client.makeSubaccount(name: "other")
        client.storeRecording("main-rec")
        client.storeRecording("sub-rec", subaccountID: sub.authID, endedAt: .seconds(1))
        client.storeRecording("other-rec", subaccountID: other.authID, endedAt: .seconds(2))

        #expect(try client.list("Recording/").total == 3)
        #expect(try client.list("Recording/?subaccount=\(sub.authID)").objects.compactMap { $0["recording_id"]?.stringValue }
            == ["sub-rec"])
        let own = try sub.list("Recording/")
        #expect(own.total == 1)
        #expect(own.objects.first?["resource_uri"]?.stringValue == "/v1/Account/\(sub.authID)/Recording/sub-rec/")
        // The file lives under the main account, whoever lists it.
        #expect(own.objects.first?["recording_url"]?.stringValue?.contains("/v1/Account/\(client.authID)/Recording/sub-rec.mp3") == true)
        #expect(try sub.list("Recording/?subaccount=\(other.authID)").total == 0)
        #expect(sub.get("Recording/main-rec/").status == 404)
        #expect(sub.get("Recording/other-rec/").status == 404)
        #expect(sub.delete("Recording/other-rec/").status == 404)
        #expect(client.get("Recording/other-rec/").status == 200)
        #expect(sub.delete("Recording/sub-rec/").status == 204)
        #expect(try client.list("Recording/").total == 2)
        // Another main account's recordings are not there at all.
        #expect(client.get("/v1/Account/\(sub.authID)/Recording/").status == 401)
    }

    @Test("Storage is counted in days from add_time on the engine's clock, and charged once kept over 90 days at a month's end")
    func storageOverTime() throws {
        let client = try RouterClient(manualClock: true)
        // Added 2024-12-31 23:00:00, 150 seconds: three minutes at 0.0004.
        client.storeRecording("old", endedAt: .seconds(-3_600), seconds: 150)
        var got = client.get("Recording/old/")
        #expect(got["rounded_recording_duration"]?.intValue == 180)
        #expect(got["recording_storage_duration"]?.intValue == 1)
        #expect(Self.number(got["monthly_recording_storage_amount"]) == 0)
        // 2025-03-31 00:00: 90 days on; the March 1 run found it 59 days old.
        client.advance(by: 89 * 86_400)
        got = client.get("Recording/old/")
        #expect(got["recording_storage_duration"]?.intValue == 90)
        #expect(Self.number(got["monthly_recording_storage_amount"]) == 0)
        // 2025-04-02 00:00: the April 1 run found it 90 days and an hour old.
        client.advance(by: 2 * 86_400)
        got = client.get("Recording/old/")
        #expect(got["recording_storage_duration"]?.intValue == 92)
        #expect(got.text.contains("\"monthly_recording_storage_amount\":0.0012,"))
    }
}
