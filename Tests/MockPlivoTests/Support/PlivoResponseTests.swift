import Testing
@testable import HTTPServerKit
@testable import MockPlivo

@Suite("Plivo responses")
struct PlivoResponseTests {
    private func text(extra: [(String, String)]) -> String {
        let response = PlivoResponse.message(.created, apiID: "A", message: "M", extra: extra)
        return String(decoding: response.body, as: UTF8.self)
    }

    @Test("api_id and message take their alphabetical places among the extra members, wherever those fall")
    func fixedMembersAreMergedInOrder() {
        #expect(text(extra: []) == #"{"api_id":"A","message":"M"}"#)
        #expect(text(extra: [("app_id", "1")]) == #"{"api_id":"A","app_id":"1","message":"M"}"#)
        #expect(text(extra: [("alias", "x"), ("endpoint_id", "2"), ("username", "u")])
            == #"{"alias":"x","api_id":"A","endpoint_id":"2","message":"M","username":"u"}"#)
        #expect(text(extra: [("zone", "z")]) == #"{"api_id":"A","message":"M","zone":"z"}"#)
        #expect(text(extra: [("aardvark", "a"), ("abacus", "b")])
            == #"{"aardvark":"a","abacus":"b","api_id":"A","message":"M"}"#)
    }
}
