import PlivoStore
import PlivoSupport

/// An incoming carrier as Plivo's API documented it: `{carrier_id, ip_set, name, resource_uri, sms, voice}`.
enum IncomingCarrierJSON {
    static func write(_ carrier: IncomingCarrier, authID: String, apiID: String?, into json: inout JSONWriter) {
        json.object { object in
            if let apiID { object.member("api_id", apiID) }
            object.member("carrier_id", carrier.carrierID)
            object.member("ip_set", carrier.ipSet)
            object.member("name", carrier.name)
            object.member("resource_uri", "/v1/Account/\(authID)/IncomingCarrier/\(carrier.carrierID)/")
            object.member("sms", carrier.sms)
            object.member("voice", carrier.voice)
        }
    }
}
