/// An exact amount of US dollars, as Plivo prints rates and charges: `"0.00850"`.
///
/// Stored as a whole number of hundred-thousandths of a dollar (`units`), because Plivo's amounts have exactly
/// five decimals and binary floating point cannot hold `0.00850` exactly: a sum of a thousand SMS charges must
/// print the same digits Plivo's invoice would. Nothing in this type ever goes through `Double`.
///
/// Arithmetic traps on overflow, as `Int` does: 2^63 units is about 92 trillion dollars, so an overflow is a bug,
/// not a bill.
public struct Money: Hashable, Comparable, Sendable {
    /// How many units make one dollar: five decimals.
    public static let unitsPerDollar: Int64 = 100_000

    /// The number of decimals Plivo prints and this type stores.
    public static let scale = 5

    public static let zero = Money(units: 0)

    /// The amount in hundred-thousandths of a dollar: `Money(units: 850)` is `"0.00850"`.
    public let units: Int64

    public init(units: Int64) {
        self.units = units
    }

    /// A whole number of dollars: `Money(dollars: 3)` is `"3.00000"`.
    public init(dollars: Int64) {
        self.units = dollars * Self.unitsPerDollar
    }

    public var isNegative: Bool { units < 0 }

    public static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.units < rhs.units
    }

    public static func + (lhs: Money, rhs: Money) -> Money {
        Money(units: lhs.units + rhs.units)
    }

    public static func - (lhs: Money, rhs: Money) -> Money {
        Money(units: lhs.units - rhs.units)
    }

    public static prefix func - (amount: Money) -> Money {
        Money(units: -amount.units)
    }

    public static func += (lhs: inout Money, rhs: Money) {
        lhs = lhs + rhs
    }

    public static func -= (lhs: inout Money, rhs: Money) {
        lhs = lhs - rhs
    }

    /// A rate times a count, exactly: 3 SMS segments at `"0.00650"` cost `"0.01950"`. No rounding is involved.
    public static func * (amount: Money, count: Int) -> Money {
        Money(units: amount.units * Int64(count))
    }

    public static func * (count: Int, amount: Money) -> Money {
        amount * count
    }
}

extension Sequence where Element == Money {
    /// The exact total of the amounts; `Money.zero` for none.
    public func sum() -> Money {
        reduce(Money.zero, +)
    }
}
