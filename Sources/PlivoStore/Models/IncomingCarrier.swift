/// A carrier of the account's own whose numbers it adds to Plivo (`POST …/Number/` with `carrier`).
///
/// Plivo shows `{carrier_id, ip_set, name, resource_uri, sms, voice}`.
package struct IncomingCarrier: Sendable, Equatable {
    /// 17 digits.
    package var carrierID: String
    package var accountID: String
    package var subaccountID: String?
    package var name: String
    /// Comma-separated IP addresses the carrier's traffic comes from, as given.
    package var ipSet: String
    package var voice: Bool
    package var sms: Bool

    package init(
        carrierID: String, accountID: String, subaccountID: String? = nil, name: String, ipSet: String,
        voice: Bool = true, sms: Bool = false
    ) {
        self.carrierID = carrierID
        self.accountID = accountID
        self.subaccountID = subaccountID
        self.name = name
        self.ipSet = ipSet
        self.voice = voice
        self.sms = sms
    }
}
