import Testing
@testable import MockPlivo
@testable import PlivoSupport

/// Every Number, PhoneNumber and Pricing response against plivo-python's fixture of the same operation.
@Suite("Numbers: responses have the fixtures' keys and value types")
struct NumberFixtureShapeTests {
    @Test("Search, buy, get, list, add, modify and pricing match their fixtures")
    func shapes() throws {
        let client = try RouterClient()
        try FixtureShape.expectSameShape(client.get("PhoneNumber/?country_iso=US&limit=3").json, as: "phoneNumberListResponse")
        let number = try #require(client.get("PhoneNumber/?country_iso=US&limit=1")["objects"]?[0]?["number"]?.stringValue)
        let app = try client.makeApplication()
        try FixtureShape.expectSameShape(
            client.post("PhoneNumber/\(number)/", json: ["app_id": app]).json, as: "phoneNumberCreateResponse")
        try FixtureShape.expectSameShape(client.get("Number/\(number)/").json, as: "numberGetResponse")
        // No 10DLC campaign is ever registered in the mock; the get fixture shows the same field null.
        try FixtureShape.expectSameShape(
            client.get("Number/").json, as: "numberListResponse",
            nullable: FixtureShape.pageLinks.union(["tendlc_campaign_id"]))
        try FixtureShape.expectSameShape(client.post("Number/\(number)/", json: ["alias": "a"]).json, as: "numberUpdateResponse")
        let carrierID = try #require(client.post("IncomingCarrier/", json: ["name": "c", "ip_set": "10.0.0.1"]).string("carrier_id"))
        try FixtureShape.expectSameShape(
            client.post("Number/", json: ["numbers": "14155550100", "carrier": carrierID, "region": "x"]).json,
            as: "numberCreateResponse")
        try FixtureShape.expectSameShape(client.get("Pricing/?country_iso=US").json, as: "pricingGetResponse")
    }

    @Test("The comparison notices a missing key and a changed type")
    func comparisonCanFail() throws {
        let missing = try FixtureShape.differences(.object(["api_id": .string("x")]), from: "numberUpdateResponse")
        #expect(missing == ["$.message: missing"])
        let wrongType = try FixtureShape.differences(
            .object(["api_id": .string("x"), "message": .number(1)]), from: "numberUpdateResponse")
        #expect(wrongType == ["$.message: number where the fixture has string"])
    }
}
