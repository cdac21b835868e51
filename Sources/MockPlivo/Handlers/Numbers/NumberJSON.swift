import PlivoCatalog
import PlivoStore
import PlivoSupport

/// A number an account holds, as Plivo returns it (plivo-python's `numberGetResponse.json`): keys in alphabetical
/// order, the application and subaccount as resource URIs.
///
/// What the mock does not model reads as a number Plivo has just set up: `active` true, `cnam_lookup`
/// "disabled", no compliance application, no 10DLC campaign; a US or Canadian local number that takes SMS is
/// "UNREGISTERED" for 10DLC, and such a toll-free number's SMS verification is "unverified".
enum NumberJSON {
    static func write(_ number: AccountNumber, authID: String, apiID: String?, into json: inout JSONWriter) {
        let northAmerican = number.countryISO == "US" || number.countryISO == "CA"
        let smsEnabled = number.services.contains(.sms)
        json.object { object in
            object.member("active", true)
            object.member("added_on", number.addedOn)
            object.member("alias", number.alias)
            if let apiID { object.member("api_id", apiID) }
            object.member("application", number.appID.map { ApplicationJSON.resourceURI(authID: authID, appID: $0) })
            object.member("carrier", number.carrierName)
            object.member("city", number.city)
            object.member("cnam_lookup", "disabled")
            object.member("compliance_application_id", nil)
            object.member("compliance_status", nil)
            object.member("country", Country.withISOCode(number.countryISO)?.name ?? "")
            object.member("mms_enabled", number.services.contains(.mms))
            object.member("mms_rate", number.mmsRate.plivoString)
            object.member("monthly_rental_rate", number.monthlyRentalRate.plivoString)
            object.member("number", number.number)
            object.member("number_type", number.numberType)
            object.member("region", number.region)
            object.member("renewal_date", number.renewalDate)
            object.member("resource_uri", resourceURI(authID: authID, number: number.number))
            object.member("sms_enabled", smsEnabled)
            object.member("sms_rate", number.smsRate.plivoString)
            object.member("sub_account", number.subaccountID.map(AccountJSON.resourceURI(authID:)))
            object.member("tendlc_campaign_id", nil)
            object.member(
                "tendlc_registration_status",
                northAmerican && smsEnabled && number.numberType != "tollfree" ? "UNREGISTERED" : nil)
            object.member(
                "toll_free_sms_verification",
                northAmerican && smsEnabled && number.numberType == "tollfree" ? "unverified" : nil)
            object.member("voice_enabled", number.services.contains(.voice))
            object.member("voice_rate", number.voiceRate.plivoString)
        }
    }

    static func resourceURI(authID: String, number: String) -> String {
        "/v1/Account/\(authID)/Number/\(number)/"
    }
}
