extension Money {
    /// What a call costs at this per-minute rate for `billedSeconds` seconds:
    /// `rate × billedSeconds / 60`, rounded half-up to five decimals.
    ///
    /// This is the one place a charge is rounded, and the rule is the mock's own (Plivo does not publish one):
    /// the exact quotient is computed in integers, and a remainder of half a unit or more rounds away from zero,
    /// so `0.00850`/min for 30 s (`0.004250`, exact) stays `0.00425`, and `0.00001`/min for 30 s
    /// (`0.000005`) becomes `0.00001`. Negative rates (credits) round symmetrically, away from zero.
    /// With the 60-second increments most countries bill in, the division is exact and nothing is rounded.
    ///
    /// - Precondition: `billedSeconds >= 0`.
    public func charge(forBilledSeconds billedSeconds: Int) -> Money {
        precondition(billedSeconds >= 0, "billed seconds cannot be negative")
        // Full width, so a large rate times a long call cannot overflow before the division brings it back.
        let product = units.multipliedFullWidth(by: Int64(billedSeconds))
        let (quotient, remainder) = Int64(60).dividingFullWidth(product)
        // dividingFullWidth truncates toward zero; the remainder carries the sign of the product.
        guard remainder.magnitude * 2 >= 60 else { return Money(units: quotient) }
        return Money(units: remainder < 0 ? quotient - 1 : quotient + 1)
    }
}
