/// One document Plivo asks for before renting a number, as in the fixture's
/// `"prerequisites": [{"proof_required": true, "proof_type": ["Any"], "scope": "country", "type": "address"}]`.
public struct Prerequisite: Hashable, Sendable {
    /// What is required: `address` is the only type the fixtures show.
    public let type: String
    /// Where the address must be: `country` or `city`.
    public let scope: String
    /// Whether a document proving it must be uploaded.
    public let proofRequired: Bool
    /// The documents accepted; `["Any"]` when any proof of address will do.
    public let proofTypes: [String]

    public init(type: String, scope: String, proofRequired: Bool, proofTypes: [String]) {
        self.type = type
        self.scope = scope
        self.proofRequired = proofRequired
        self.proofTypes = proofTypes
    }

    /// An address anywhere in the country, any proof accepted: the fixture's example.
    public static let countryAddress = Prerequisite(type: "address", scope: "country", proofRequired: true, proofTypes: ["Any"])

    /// An address in the number's city, any proof accepted.
    public static let cityAddress = Prerequisite(type: "address", scope: "city", proofRequired: true, proofTypes: ["Any"])
}
