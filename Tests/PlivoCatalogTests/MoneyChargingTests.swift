import Testing

@testable import PlivoCatalog

@Suite("Charging per-minute rates")
struct MoneyChargingTests {
    @Test("rate × seconds / 60 rounds half-up to five decimals", arguments: [
        ("0.01200", 60, "0.01200"),
        ("0.01200", 120, "0.02400"),
        ("0.00850", 30, "0.00425"),
        // 0.00001 × 30 / 60 = 0.000005: exactly half a unit rounds up.
        ("0.00001", 30, "0.00001"),
        // 0.00001 × 29 / 60 = 0.00000483: below half, rounds down.
        ("0.00001", 29, "0.00000"),
        // 0.00850 × 61 / 60 = 0.0086416...: rounds down.
        ("0.00850", 61, "0.00864"),
        // 0.01150 × 61 / 60 = 0.0116916...: rounds up.
        ("0.01150", 61, "0.01169"),
        ("0.60300", 0, "0.00000"),
        // Credits round away from zero, symmetrically.
        ("-0.00001", 30, "-0.00001"),
        ("-0.00001", 29, "0.00000"),
    ] as [(Money, Int, Money)])
    func charges(rate: Money, seconds: Int, expected: Money) {
        #expect(rate.charge(forBilledSeconds: seconds) == expected)
    }

    @Test("A large rate over a long call does not overflow before dividing")
    func noIntermediateOverflow() {
        let rate = Money(units: Int64.max / 1000)
        // units × 3,600 overflows Int64, though the charge (units × 60) does not; the full-width product copes.
        let charge = rate.charge(forBilledSeconds: 3600)
        #expect(charge.units == (Int64.max / 1000) * 60)
    }
}

@Suite("Billing intervals")
struct BillingIntervalTests {
    @Test("60/60 bills every started minute in full", arguments: [
        (0, 0), (-5, 0), (1, 60), (59, 60), (60, 60), (61, 120), (120, 120), (121, 180),
    ])
    func perMinute(duration: Int, billed: Int) {
        #expect(BillingInterval.perMinute.billedSeconds(forDuration: duration) == billed)
    }

    @Test("60/1 bills a minute at least, then each second", arguments: [
        (0, 0), (1, 60), (60, 60), (61, 61), (150, 150),
    ])
    func minuteThenSecond(duration: Int, billed: Int) {
        #expect(BillingInterval.minuteThenSecond.billedSeconds(forDuration: duration) == billed)
    }

    @Test("30/6 rounds the rest up to six-second steps")
    func otherIncrements() {
        let interval = BillingInterval(initial: 30, subsequent: 6)
        #expect(interval.billedSeconds(forDuration: 31) == 36)
        #expect(interval.billedSeconds(forDuration: 36) == 36)
        #expect(interval.billedSeconds(forDuration: 37) == 42)
        #expect(interval.description == "30/6")
    }

    @Test("A bill is the billed seconds and the rounded charge for them")
    func bill() {
        let bill = BillingInterval.perMinute.bill(duration: 61, perMinuteRate: "0.01200")
        #expect(bill.billedSeconds == 120)
        #expect(bill.amount == "0.02400")
        let perSecond = BillingInterval.minuteThenSecond.bill(duration: 61, perMinuteRate: "0.01150")
        #expect(perSecond.billedSeconds == 61)
        #expect(perSecond.amount == "0.01169")
    }
}
