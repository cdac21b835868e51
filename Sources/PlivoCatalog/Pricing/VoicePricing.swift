/// A country's per-minute call rates, shaped like Plivo's `voice` object in a pricing response, plus the billing
/// interval the mock applies to calls to and from the country.
public struct VoicePricing: Hashable, Sendable {
    /// Receiving a call on a Plivo number of the country (`voice.inbound`).
    public struct Inbound: Hashable, Sendable {
        /// On a local, fixed, national or mobile number; what such a number shows as `voice_rate`.
        public let local: Money
        /// On a toll-free number; what a toll-free number shows as `voice_rate`.
        public let tollfree: Money
        /// From a SIP endpoint.
        public let ip: Money

        public init(local: Money, tollfree: Money, ip: Money) {
            self.local = local
            self.tollfree = tollfree
            self.ip = ip
        }
    }

    /// Calling a number in the country (`voice.outbound`).
    public struct Outbound: Hashable, Sendable {
        /// To an ordinary number, when no line of `rates` is more specific.
        public let local: Money
        /// To one of the country's toll-free numbers.
        public let tollfree: Money
        /// To a SIP endpoint.
        public let ip: Money
        /// Prefix-specific rates (mobile ranges, remote areas, premium numbers); longest prefix wins.
        public let rates: [PrefixRate]

        public init(local: Money, tollfree: Money, ip: Money, rates: [PrefixRate]) {
            self.local = local
            self.tollfree = tollfree
            self.ip = ip
            self.rates = rates
        }
    }

    public let inbound: Inbound
    public let outbound: Outbound
    /// How call durations are rounded before a rate applies; not part of Plivo's pricing response.
    public let billingInterval: BillingInterval

    public init(inbound: Inbound, outbound: Outbound, billingInterval: BillingInterval) {
        self.inbound = inbound
        self.outbound = outbound
        self.billingInterval = billingInterval
    }
}
