import Foundation
import Testing
@testable import HTTPServerKit
@testable import MockPlivo
@testable import PlivoSupport

/// What every route shares: the envelope for 404/405, absolute-form targets, the optional slash, Basic auth.
@Suite struct RoutingAndAuthTests {
    let client: RouterClient

    init() throws {
        client = try RouterClient()
    }

    @Test("Unknown route is 404 in Plivo's envelope")

    func unknownRouteIs404InPlivosEnvelope() {
        let response = client.get("NoSuchResource/")
        #expect(response.status == 404)
        #expect(response.textWithoutAPIID == #"{"api_id":"API_ID","error":"not found"}"#)
    }

    @Test("Wrong method is 405 with Allow")

    func wrongMethodIs405WithAllow() {
        let response = client.send(.put, "Application/")
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "GET, POST, HEAD")
        #expect(response.error == "method PUT not allowed; use GET, POST, HEAD")
    }

    @Test("Another account's path is 401 even with empty segments")

    func anotherAccountsPathIs401EvenWithEmptySegments() {
        let response = client.get("/v1//Account//MAOTHERACCOUNT0000001/Application/")
        #expect(response.status == 401)
    }

    @Test("Absolute form targets and missing slashes are served by path")

    func absoluteFormTargetsAndMissingSlashesAreServedByPath() throws {
        let appID = try client.makeApplication(name: "proxied")
        let absolute = client.get("https://api.plivo.com/v1/Account/\(RouterClient.mainAuthID)/Application/\(appID)/")
        #expect(absolute.status == 200)
        #expect(client.get("/v1/Account/\(RouterClient.mainAuthID)/Application/\(appID)").status == 200)
    }

    @Test("Wrong token, unknown account and missing credentials are 401")

    func wrongTokenUnknownAccountAndMissingCredentialsAre401() {
        let wrongToken = client.authenticated(as: RouterClient.mainAuthID, token: "wrong").get("Application/")
        #expect(wrongToken.status == 401)
        #expect(wrongToken.textWithoutAPIID == #"{"api_id":"API_ID","error":"authentication failed"}"#)
        #expect(client.authenticated(as: "MAUNKNOWN00000000000", token: "x").get("Application/").status == 401)
        let anonymous = client.application.router.respond(
            to: HTTPRequest(method: .get, target: "/v1/Account/\(RouterClient.mainAuthID)/Application/"),
            connection: HTTPConnectionInfo(remoteAddress: "test"))
        #expect(anonymous.status == .unauthorized)
    }

    @Test("A path account other than the authenticated one is 401")

    func aPathAccountOtherThanTheAuthenticatedOneIs401() {
        #expect(client.get("/v1/Account/MAOTHERACCOUNT000001/Application/").status == 401)
    }

    @Test("Health needs no credentials")

    func healthNeedsNoCredentials() {
        let response = client.application.router.respond(
            to: HTTPRequest(method: .get, target: "/__mock/health"), connection: HTTPConnectionInfo(remoteAddress: "test"))
        #expect(response.status == .ok)
    }

    @Test("Tokens are compared whatever their lengths")

    func tokensAreComparedWhateverTheirLengths() {
        #expect(ConstantTime.equals(Array("abc".utf8), Array("abc".utf8)))
        #expect(!ConstantTime.equals(Array("abc".utf8), Array("abcd".utf8)))
        #expect(!ConstantTime.equals(Array("".utf8), Array("a".utf8)))
        let token = Array("token".utf8)
        #expect(!ConstantTime.equals(token + [UInt8](repeating: 0, count: 256), token))
        #expect(!ConstantTime.equals(token, token + [UInt8](repeating: 0, count: 512)))
    }

    @Test("The right token padded with NUL bytes is refused")

    func theRightTokenPaddedWithNULBytesIsRefused() {
        let padded = RouterClient.mainAuthToken + String(repeating: "\u{0}", count: 256)
        #expect(client.authenticated(as: RouterClient.mainAuthID, token: padded).get("Application/").status == 401)
    }
}

/// Basic credentials are decoded exactly: padding, spacing and malformed input.
@Suite struct BasicCredentialsTests {
    @Test("Decodes well formed headers", arguments: [
        ("Basic TUFYWFg6dG9rZW4=", "MAXXX", "token"),
        ("basic   TUFYWFg6dG9rZW4=  ", "MAXXX", "token"),
        ("Basic YTpiOmM=", "a", "b:c"),
        ("Basic YTo=", "a", ""),
    ])
    func decodesWellFormedHeaders(header: String, user: String, password: String) throws {
        let (decodedUser, decodedPassword) = try #require(AuthenticationMiddleware.basicCredentials(header))
        #expect(decodedUser == user && decodedPassword == password)
    }

    @Test("Refuses malformed headers", arguments: ["Bearer abc", "Basic", "Basic !!!!", "Basic YWJj", "Basic YQ==YQ==", "Basic YWJjZA="])
    func refusesMalformedHeaders(header: String) {
        #expect(AuthenticationMiddleware.basicCredentials(header) == nil)
    }
}
