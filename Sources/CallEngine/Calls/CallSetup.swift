import PlivoCatalog

/// Everything a call starts with: who it is between, whose it is, the URLs it will request and the options the
/// API (or an inbound handset) gave. Built by the API layer, which validates and rates it; the engine only runs
/// it.
public struct CallSetup: Sendable {
    public var direction: CallDirection
    public var callUUID: String
    /// The `request_uuid` the API answered with; nil for inbound calls.
    public var requestUUID: String?
    public var parentCallUUID: String?
    /// The main account, which pays, and the subaccount that owns the call, if any.
    public var accountID: String
    public var subaccountID: String?
    public var from: String
    public var to: String
    public var callerName: String
    /// `ForwardedFrom` on an inbound call's requests.
    public var forwardedFrom: String?

    public var answer: CallURL
    public var fallback: CallURL?
    /// Where the hangup is reported; nil for nowhere.
    public var hangup: CallURL?
    /// Outbound only: told when the callee starts ringing.
    public var ring: CallURL?

    /// Keys played to the callee when the call is answered (`send_digits`), before the XML runs.
    public var sendDigits: String?
    /// Send them on pre-answer instead (`send_on_preanswer`).
    public var sendOnPreanswer: Bool
    /// The longest an answered call may last (`time_limit`, default 14,400 s): then 6000 Scheduled Hangup.
    public var timeLimit: SimulatedDuration
    /// Hang up this long after ringing starts (`hangup_on_ring`), answered or not.
    public var hangupOnRing: SimulatedDuration?
    /// How long an outbound call may ring unanswered (`ring_timeout`, default 120 s): then 6010.
    public var ringTimeout: SimulatedDuration
    public var machineDetection: MachineDetection?
    /// `sip_headers`, sent as `X-PH-<name>` on every request the call makes.
    public var sipHeaders: [(name: String, value: String)]

    public var credentials: CallbackCredentials
    /// Per minute, and how the duration is rounded: from the destination's pricing (outbound) or the number's
    /// (inbound).
    public var rate: Money
    public var billingInterval: BillingInterval
    /// What the other end does: the callee's handset for an outbound call, the caller's for an inbound one.
    public var remote: VoiceBehaviour
    /// When the call enters the engine (the API request's simulated time).
    public var startAt: SimulatedTime

    public init(
        direction: CallDirection, callUUID: String, requestUUID: String?, parentCallUUID: String? = nil,
        accountID: String, subaccountID: String?, from: String, to: String, callerName: String = "",
        forwardedFrom: String? = nil, answer: CallURL, fallback: CallURL? = nil, hangup: CallURL?,
        ring: CallURL? = nil, sendDigits: String? = nil, sendOnPreanswer: Bool = false,
        timeLimit: SimulatedDuration = .seconds(14_400), hangupOnRing: SimulatedDuration? = nil,
        ringTimeout: SimulatedDuration = .seconds(120), machineDetection: MachineDetection? = nil,
        sipHeaders: [(name: String, value: String)] = [], credentials: CallbackCredentials, rate: Money,
        billingInterval: BillingInterval, remote: VoiceBehaviour, startAt: SimulatedTime
    ) {
        self.direction = direction
        self.callUUID = callUUID
        self.requestUUID = requestUUID
        self.parentCallUUID = parentCallUUID
        self.accountID = accountID
        self.subaccountID = subaccountID
        self.from = from
        self.to = to
        self.callerName = callerName
        self.forwardedFrom = forwardedFrom
        self.answer = answer
        self.fallback = fallback
        self.hangup = hangup
        self.ring = ring
        self.sendDigits = sendDigits
        self.sendOnPreanswer = sendOnPreanswer
        self.timeLimit = timeLimit
        self.hangupOnRing = hangupOnRing
        self.ringTimeout = ringTimeout
        self.machineDetection = machineDetection
        self.sipHeaders = sipHeaders
        self.credentials = credentials
        self.rate = rate
        self.billingInterval = billingInterval
        self.remote = remote
        self.startAt = startAt
    }
}
