/// One line of a country's outbound voice rate table: calls to numbers starting with any of `prefixes`
/// (E.164 digits, calling code included) cost `rate` per minute. Plivo prints it as
/// `{"prefix": ["1808"], "rate": "0.03400"}`.
public struct PrefixRate: Hashable, Sendable {
    public let prefixes: [String]
    public let rate: Money

    public init(prefixes: [String], rate: Money) {
        self.prefixes = prefixes
        self.rate = rate
    }
}
