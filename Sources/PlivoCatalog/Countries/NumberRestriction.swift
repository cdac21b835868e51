/// What Plivo requires before a number may be rented, printed as `restriction` and `restriction_text`.
public struct NumberRestriction: Hashable, Sendable {
    /// The three values Plivo documents for `restriction`.
    public enum Kind: String, Hashable, Sendable {
        case cityAddress = "city-address"
        case countryAddress = "country-address"
        case termsAndConditions = "terms-and-conditions"
    }

    public let kind: Kind
    /// The sentence Plivo prints as `restriction_text`.
    public let text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// An address in the number's own city or area code.
    public static func cityAddress(in place: String) -> NumberRestriction {
        NumberRestriction(kind: .cityAddress, text: "Proof of an address in \(place) is required to rent this number.")
    }

    /// An address anywhere in the country.
    public static func countryAddress(in country: String) -> NumberRestriction {
        NumberRestriction(kind: .countryAddress, text: "Proof of an address in \(country) is required to rent this number.")
    }

    /// Accepting the operator's terms, as some toll-free ranges require.
    public static let termsAndConditions = NumberRestriction(
        kind: .termsAndConditions,
        text: "The number can only be rented after accepting the carrier's terms and conditions."
    )
}
