/// A country's per-message rates, shaped like Plivo's `message` object in a pricing response, plus MMS rates
/// (which Plivo's pricing response does not carry, but a number's `mms_rate` needs).
public struct MessagePricing: Hashable, Sendable {
    /// One entry of `outbound_networks_list`.
    public struct NetworkRate: Hashable, Sendable {
        public let groupName: String
        public let rate: Money

        public init(groupName: String, rate: Money) {
            self.groupName = groupName
            self.rate = rate
        }
    }

    /// Receiving an SMS on a number of the country; what a number shows as `sms_rate`.
    public let inbound: Money
    /// Sending an SMS (one segment) to a number of the country.
    public let outbound: Money
    /// Per-operator outbound rates, one per `Country.mobileNetworks` entry.
    public let outboundNetworks: [NetworkRate]
    /// Receiving an MMS; what a number shows as `mms_rate`. Zero where the country's numbers take no MMS.
    public let mmsInbound: Money
    /// Sending an MMS to the country. Zero where MMS is not offered.
    public let mmsOutbound: Money

    public init(inbound: Money, outbound: Money, outboundNetworks: [NetworkRate], mmsInbound: Money = .zero, mmsOutbound: Money = .zero) {
        self.inbound = inbound
        self.outbound = outbound
        self.outboundNetworks = outboundNetworks
        self.mmsInbound = mmsInbound
        self.mmsOutbound = mmsOutbound
    }
}
