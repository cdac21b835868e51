import Testing

@testable import PlivoCatalog

@Suite("Money")
struct MoneyTests {
    @Test("Parses the decimal forms Plivo and its users write", arguments: [
        ("0.00850", 850),
        ("12.5", 1_250_000),
        ("-3", -300_000),
        ("0", 0),
        ("-0", 0),
        ("007.10", 710_000),
        ("0.008500", 850),
        ("0.00001", 1),
        ("92233720368547.75807", Int64.max),
        ("-92233720368547.75807", -Int64.max),
    ] as [(String, Int64)])
    func parses(text: String, units: Int64) {
        #expect(Money(text)?.units == units)
    }

    @Test("Rejects malformed and inexact amounts instead of rounding them", arguments: [
        "", "-", ".", "+1", ".5", "5.", "1.2.3", " 1", "1 ", "1e3", "0x10", "1,5", "٣", "½",
        "0.000001", "0.123456", "92233720368547.75808", "99999999999999999999",
    ])
    func rejects(text: String) {
        #expect(Money(text) == nil)
    }

    @Test("Formats with exactly five decimals, as Plivo prints rates", arguments: [
        (850, "0.00850"),
        (80_000, "0.80000"),
        (0, "0.00000"),
        (-300_000, "-3.00000"),
        (-1, "-0.00001"),
        (1_250_000, "12.50000"),
        (Int64.max, "92233720368547.75807"),
        (Int64.min, "-92233720368547.75808"),
    ] as [(Int64, String)])
    func formats(units: Int64, text: String) {
        #expect(Money(units: units).description == text)
        #expect(Money(units: units).plivoString == text)
    }

    @Test("Every formatted amount parses back to itself", arguments: [0, 1, -1, 99_999, 100_000, 123_456_789, -987_654_321] as [Int64])
    func roundTrips(units: Int64) {
        #expect(Money(Money(units: units).description) == Money(units: units))
    }

    @Test("Adds, subtracts, negates and sums exactly where Double would drift")
    func arithmetic() {
        let rate: Money = "0.00100"
        // 0.001 added 1000 times is 0.9999999999999062 in binary floating point.
        #expect(Array(repeating: rate, count: 1000).sum() == "1.00000")
        #expect(Money("0.1") + Money("0.2") == Money("0.3"))
        #expect(("0.00850" as Money) - "0.01000" == "-0.00150")
        #expect(-Money("2.5") == "-2.50000")
        var balance: Money = "10"
        balance -= "0.00650"
        balance += "0.00050"
        #expect(balance == "9.99400")
        #expect([Money]().sum() == .zero)
    }

    @Test("Multiplies by a count without rounding")
    func multiplies() {
        #expect(Money("0.00650") * 3 == "0.01950")
        #expect(3 * Money("0.00650") == "0.01950")
        #expect(Money("0.00650") * 0 == .zero)
        #expect(Money("0.00650") * -2 == "-0.01300")
    }

    @Test("Compares by amount")
    func compares() {
        #expect(Money("0.00850") < Money("0.0086"))
        #expect(Money("-1") < .zero)
        #expect([Money("3"), "0.5", "-1"].sorted() == ["-1", "0.5", "3"])
        #expect(Money("1.50000") == Money("1.5"))
        #expect(Money(dollars: 3) == "3")
    }
}
