import CallEngine
import PlivoStore
import PlivoSupport

/// The Call objects as Plivo returns them (plivo-python's `callGetResponse.json`, `liveCallGetResponse.json`):
/// keys in alphabetical order, times in UTC, amounts as five-decimal strings.
enum CallJSON {
    /// A CDR. Each object of the list carries an `api_id` too, as Plivo's list does.
    static func write(_ call: StoredCall, authID: String, apiID: String, into json: inout JSONWriter) {
        json.object { object in
            object.member("answer_time", call.answerTime.map { SimulatedTime(microseconds: $0).plivoSecondsWithZone })
            object.member("api_id", apiID)
            object.member("bill_duration", call.duration)
            object.member("billed_duration", call.billedDuration)
            object.member("call_direction", call.direction)
            object.member("call_duration", call.duration)
            object.member("call_uuid", call.callUUID)
            object.member("end_time", SimulatedTime(microseconds: call.endTime).plivoSecondsWithZone)
            object.member("from_number", caller(call.from))
            object.member("initiation_time", SimulatedTime(microseconds: call.initiationTime).plivoSecondsWithZone)
            object.member("parent_call_uuid", call.parentCallUUID)
            object.member("resource_uri", "/v1/Account/\(authID)/Call/\(call.callUUID)/")
            object.member("to_number", call.to)
            object.member("total_amount", call.totalAmount.plivoString)
            object.member("total_rate", call.totalRate.plivoString)
        }
    }

    /// A call that has not ended (`?status=live` or `?status=queued`).
    static func write(_ call: LiveCall, apiID: String, into json: inout JSONWriter) {
        json.object { object in
            object.member("api_id", apiID)
            object.member("call_status", call.status.rawValue)
            object.member("call_uuid", call.callUUID)
            object.member("caller_name", call.callerName)
            object.member("direction", call.direction.rawValue)
            object.member("from", caller(call.from))
            object.member("request_uuid", call.requestUUID ?? call.callUUID)
            object.member("session_start", call.sessionStart.plivoText)
            object.member("to", call.to)
        }
    }

    /// `{"api_id", "calls": [uuid, ...]}`: the live or queued list.
    static func writeList(_ calls: [LiveCall], apiID: String, into json: inout JSONWriter) {
        json.object { object in
            object.member("api_id", apiID)
            object.key("calls")
            object.array { array in for call in calls { array.value(call.callUUID) } }
        }
    }

    /// Plivo prints the caller of a CDR or live call with `+` (`"from_number": "+14158572518"`) and the
    /// destination without. The console's calls page prints them the same way.
    static func caller(_ from: String) -> String {
        from.first?.isNumber == true ? "+" + from : from
    }
}
