/// What renting a number of one kind costs: Plivo's `phone_numbers.<kind>.rate` (monthly) and a search result's
/// `setup_rate`.
public struct NumberRates: Hashable, Sendable {
    /// Charged every month, printed as `monthly_rental_rate` and `phone_numbers.<kind>.rate`.
    public let monthly: Money
    /// Charged once when the number is bought, printed as `setup_rate`.
    public let setup: Money

    public init(monthly: Money, setup: Money = .zero) {
        self.monthly = monthly
        self.setup = setup
    }
}
