import CallEngine
import PlivoStore
import PlivoSupport

/// The Message object as Plivo returns it (plivo-python's `messageGetResponse.json`): keys in alphabetical
/// order, times in UTC as `2024-08-21 18:28:49.244057+00:00`, amounts as five-decimal strings.
enum MessageJSON {
    static func write(_ message: StoredMessage, authID: String, apiID: String?, into json: inout JSONWriter) {
        let errorCode = message.errorCode
        json.object { object in
            if let apiID { object.member("api_id", apiID) }
            object.member("error_code", errorCode)
            object.member("error_message", errorCode.flatMap(MessageErrorCode.withCode)?.message ?? "")
            object.member("from_number", message.from)
            object.member("message_direction", message.direction)
            object.member("message_sent_time", message.sentTime.map { SimulatedTime(microseconds: $0).plivoTextWithZone })
            object.member("message_state", message.state)
            object.member("message_time", SimulatedTime(microseconds: message.messageTime).plivoSecondsWithZone)
            object.member("message_type", message.type)
            object.member("message_updated_time", SimulatedTime(microseconds: message.updatedTime).plivoTextWithZone)
            object.member("message_uuid", message.uuid)
            object.member("resource_uri", resourceURI(authID: authID, uuid: message.uuid))
            object.member("to_number", message.to)
            object.member("total_amount", message.totalAmount.plivoString)
            object.member("total_rate", message.totalRate.plivoString)
            object.member("units", message.units)
        }
    }

    static func resourceURI(authID: String, uuid: String) -> String {
        "/v1/Account/\(authID)/Message/\(uuid)/"
    }
}
