import PlivoCatalog

/// Where a `<Dial>` rings: the engine asks the application, which knows the handsets, the endpoints and the
/// prices, what each `<Number>` or `<User>` reaches. Called on the engine thread.
public protocol DialPort: Sendable {
    /// The B leg to `destination` (a number's digits, or a `sip:` URI) for a call of the account: nil when
    /// nothing answers to it (a `sip:` user that is not one of the account's endpoints).
    func leg(to destination: String, mainAccountID: String, subaccountID: String?) -> DialLeg?
}

/// A B leg's other end, as the application resolves it.
public struct DialLeg: Sendable {
    /// As the CDR shows it: digits, or `sip:user@phone.plivo.com`.
    public var to: String
    /// The dialled handset.
    public var remote: VoiceBehaviour
    /// Per minute, and how the leg's duration is rounded.
    public var rate: Money
    public var billingInterval: BillingInterval

    public init(to: String, remote: VoiceBehaviour, rate: Money, billingInterval: BillingInterval) {
        self.to = to
        self.remote = remote
        self.rate = rate
        self.billingInterval = billingInterval
    }
}
