import PlivoCatalog

/// A phone number an account holds: bought from the inventory (``carrierID`` nil, carrier "Plivo") or added from
/// one of the account's incoming carriers. Rates are those of the day it was bought.
///
/// Plivo shows `{active, added_on, alias, application, carrier, city, cnam_lookup, compliance_application_id,
/// compliance_status, country, mms_enabled, mms_rate, monthly_rental_rate, number, number_type, region,
/// renewal_date, resource_uri, sms_enabled, sms_rate, sub_account, tendlc_campaign_id,
/// tendlc_registration_status, toll_free_sms_verification, voice_enabled, voice_rate}`.
package struct AccountNumber: Sendable, Equatable {
    /// E.164 digits without `+`.
    package var number: String
    /// The main account (`MA…`) the number lives under.
    package var accountID: String
    /// The subaccount (`SA…`) it belongs to, if any.
    package var subaccountID: String?
    /// The application calls and messages to the number reach.
    package var appID: String?
    /// The incoming carrier it came from; nil for a number bought from Plivo.
    package var carrierID: String?
    /// `carrier`: "Plivo", or the incoming carrier's name.
    package var carrierName: String
    /// A name the account gives it; nil until given (Plivo shows `"alias": null`).
    package var alias: String?
    /// `local`, `fixed`, `national`, `mobile` or `tollfree`.
    package var numberType: String
    package var countryISO: String
    /// `"California, UNITED STATES"`, as Plivo shows a number's region.
    package var region: String
    package var city: String
    package var services: ServiceSet
    package var monthlyRentalRate: Money
    package var voiceRate: Money
    package var smsRate: Money
    package var mmsRate: Money
    /// `"2014-02-14"`.
    package var addedOn: String
    /// A month after `addedOn`.
    package var renewalDate: String

    package init(
        number: String, accountID: String, subaccountID: String? = nil, appID: String? = nil,
        carrierID: String? = nil, carrierName: String, alias: String? = nil, numberType: String, countryISO: String,
        region: String, city: String, services: ServiceSet, monthlyRentalRate: Money, voiceRate: Money,
        smsRate: Money, mmsRate: Money, addedOn: String, renewalDate: String
    ) {
        self.number = number
        self.accountID = accountID
        self.subaccountID = subaccountID
        self.appID = appID
        self.carrierID = carrierID
        self.carrierName = carrierName
        self.alias = alias
        self.numberType = numberType
        self.countryISO = countryISO
        self.region = region
        self.city = city
        self.services = services
        self.monthlyRentalRate = monthlyRentalRate
        self.voiceRate = voiceRate
        self.smsRate = smsRate
        self.mmsRate = mmsRate
        self.addedOn = addedOn
        self.renewalDate = renewalDate
    }
}
