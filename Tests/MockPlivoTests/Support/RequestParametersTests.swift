import Testing
@testable import MockPlivo
@testable import PlivoSupport

/// How a parameter's JSON or text becomes a value: the readings every handler shares.
@Suite struct RequestParametersTests {
    @Test("A whole JSON number reads as its digits, and beyond Int64 as Int64's bounds", arguments: [
        (0.0, "0"), (1e18, "1000000000000000000"), (-42.0, "-42"),
        (1e19, "9223372036854775807"), (9_223_372_036_854_775_808.0, "9223372036854775807"), (-1e30, "-9223372036854775808"),
        (1.5, "1.5"),
    ])
    func aWholeJSONNumberReadsAsItsDigits(number: Double, text: String) throws {
        #expect(try RequestParameters(["n": .number(number)]).string("n") == text)
    }

    @Test("Digits past Int64 are Int.max, anything else is not a whole number", arguments: [
        ("12", 12), ("+7", 7), ("99999999999999999999", Int.max), ("+99999999999999999999", Int.max),
        ("", nil), ("+", nil), ("-99999999999999999999", nil), ("1e3", nil), ("１２", nil),
    ] as [(String, Int?)])
    func digitsPastInt64AreIntMax(text: String, number: Int?) {
        #expect(RequestParameters.wholeNumber(text) == number)
    }

    @Test("JSON null is not a value, and text-only parameters refuse numbers")
    func nullAndNumbersWhereTextIsAsked() throws {
        let parameters = RequestParameters(["alias": .number(7), "app_id": .number(12), "enabled": .null, "x": .null])
        #expect(throws: PlivoError.invalid("alias", "must be a string")) { try parameters.string("alias") }
        #expect(try parameters.string("app_id") == "12")
        #expect(throws: PlivoError.invalid("enabled", "must be a boolean (true or false)")) { try parameters.bool("enabled") }
        #expect(throws: PlivoError.invalid("x", "must be a string")) { try parameters.string("x") }
        #expect(try parameters.string("absent") == nil)
    }
}
