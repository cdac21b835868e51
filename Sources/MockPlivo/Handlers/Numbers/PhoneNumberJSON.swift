import PlivoCatalog
import PlivoSupport

/// A number for sale, as Plivo's search returns it (plivo-python's `phoneNumberListResponse.json`): keys in
/// alphabetical order, rates as five-decimal strings, `lata` a number for the US and Canada and null elsewhere.
enum PhoneNumberJSON {
    static func write(_ offer: OfferedNumber, authID: String, into json: inout JSONWriter) {
        json.object { object in
            object.member("city", offer.city)
            object.member("country", offer.country.searchName)
            object.key("lata")
            if let lata = offer.lata { object.value(lata) } else { object.value(nil as String?) }
            object.member("mms_enabled", offer.mmsEnabled)
            object.member("mms_rate", offer.mmsRate.plivoString)
            object.member("monthly_rental_rate", offer.monthlyRentalRate.plivoString)
            object.member("number", offer.number)
            object.member("prefix", offer.prefix)
            object.key("prerequisites")
            object.array { array in
                for prerequisite in offer.prerequisites {
                    array.object { item in
                        item.member("proof_required", prerequisite.proofRequired)
                        item.key("proof_type")
                        item.array { types in for type in prerequisite.proofTypes { types.value(type) } }
                        item.member("scope", prerequisite.scope)
                        item.member("type", prerequisite.type)
                    }
                }
            }
            object.member("rate_center", offer.rateCenter)
            object.member("region", offer.region ?? offer.country.name)
            object.member("resource_uri", "/v1/Account/\(authID)/PhoneNumber/\(offer.number)/")
            object.member("restriction", offer.restriction?.kind.rawValue)
            object.member("restriction_text", offer.restriction?.text)
            object.member("setup_rate", offer.setupRate.plivoString)
            object.member("sms_enabled", offer.smsEnabled)
            object.member("sms_rate", offer.smsRate.plivoString)
            object.member("sub_type", offer.kind.rawValue)
            object.member("type", offer.type.rawValue)
            object.member("voice_enabled", offer.voiceEnabled)
            object.member("voice_rate", offer.voiceRate.plivoString)
        }
    }
}
