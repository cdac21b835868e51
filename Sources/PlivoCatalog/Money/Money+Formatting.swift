extension Money: CustomStringConvertible {
    /// Plivo's form: at least one integer digit, a dot and exactly five decimals (`"0.00850"`, `"-3.00000"`).
    /// Zero is `"0.00000"`, never `"-0.00000"`.
    public var description: String {
        // magnitude, not abs(): abs(Int64.min) traps.
        let magnitude = units.magnitude
        let scale = UInt64(Self.unitsPerDollar)
        let fraction = String(magnitude % scale)
        let padding = String(repeating: "0", count: Self.scale - fraction.count)
        return (units < 0 ? "-" : "") + String(magnitude / scale) + "." + padding + fraction
    }

    /// The five-decimal string Plivo puts in JSON, as in `"monthly_rental_rate": "0.80000"`.
    public var plivoString: String { description }
}
