import PlivoCatalog

/// A message an account sent, as the engine carries it from `queued` to its final state: everything the status
/// reports need, resolved by the API before it answered (rates, the handset's script, the tokens).
public struct OutboundMessage: Sendable, Equatable {
    public var uuid: String
    public var accountID: String
    public var subaccountID: String?
    public var from: String
    public var to: String
    /// `sms` or `mms`.
    public var type: String
    public var text: String
    public var units: Int
    /// Per unit.
    public var rate: Money
    public var amount: Money
    /// The destination's mobile network, for `MCC`/`MNC`.
    public var mcc: String
    public var mnc: String
    /// Where status reports go (`url`/`method`), if anywhere.
    public var statusURL: String?
    public var statusMethod: String
    public var credentials: CallbackCredentials
    public var powerpackUUID: String?
    public var queuedAt: SimulatedTime
    /// What the destination handset does with it.
    public var behaviour: SMSBehaviour

    public init(
        uuid: String, accountID: String, subaccountID: String?, from: String, to: String, type: String, text: String,
        units: Int, rate: Money, amount: Money, mcc: String, mnc: String, statusURL: String?, statusMethod: String,
        credentials: CallbackCredentials, powerpackUUID: String?, queuedAt: SimulatedTime, behaviour: SMSBehaviour
    ) {
        self.uuid = uuid
        self.accountID = accountID
        self.subaccountID = subaccountID
        self.from = from
        self.to = to
        self.type = type
        self.text = text
        self.units = units
        self.rate = rate
        self.amount = amount
        self.mcc = mcc
        self.mnc = mnc
        self.statusURL = statusURL
        self.statusMethod = statusMethod
        self.credentials = credentials
        self.powerpackUUID = powerpackUUID
        self.queuedAt = queuedAt
        self.behaviour = behaviour
    }

    /// The account whose queue and connections the message's work uses: the main account, so a subaccount's
    /// traffic is its parent's.
    public var engineAccount: String { accountID }
}
