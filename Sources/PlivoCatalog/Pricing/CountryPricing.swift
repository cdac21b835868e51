/// Everything Plivo's `GET Pricing/?country_iso=` returns for one country, and the rates its numbers show.
public struct CountryPricing: Hashable, Sendable {
    /// Monthly and setup rates per kind of number sold in the country.
    public let phoneNumbers: [NumberKind: NumberRates]
    public let voice: VoicePricing
    public let message: MessagePricing

    public init(phoneNumbers: [NumberKind: NumberRates], voice: VoicePricing, message: MessagePricing) {
        self.phoneNumbers = phoneNumbers
        self.voice = voice
        self.message = message
    }

    /// What a number of `kind` shows as `voice_rate`: the inbound rate, toll-free or not.
    public func inboundVoiceRate(for kind: NumberKind) -> Money {
        kind == .tollfree ? voice.inbound.tollfree : voice.inbound.local
    }
}
