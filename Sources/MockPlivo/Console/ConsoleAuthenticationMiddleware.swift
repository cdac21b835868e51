import HTTPServerKit
import PlivoStore

/// Guards the console: the same credentials as the API (``AuthenticationMiddleware/authenticate(_:)``), but a
/// failure answers an HTML `401` with `WWW-Authenticate: Basic realm="MockPlivo"` so that a browser asks for them
/// (RFC 9110 §11.6.1). The API under `/v1/` keeps answering without the challenge, as Plivo's does, so SDKs and
/// scripts never meet a prompt.
///
/// It also refuses cross-site form posts: a browser attaches remembered Basic credentials to any request to the
/// mock, so without this check any web page could create or delete applications through a visitor's browser.
struct ConsoleAuthenticationMiddleware: HTTPMiddleware {
    static let challenge = "Basic realm=\"MockPlivo\""

    let authentication: AuthenticationMiddleware

    init(accounts: any AccountStore) {
        authentication = AuthenticationMiddleware(accounts: accounts)
    }

    func handle(
        _ request: HTTPRequest, context: HTTPRequestContext,
        next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        let scope: AccountScope
        do {
            scope = try authentication.authenticate(request)
        } catch let error as PlivoError where error == .authenticationFailed {
            var response = ConsoleResponse.html(Self.signInPage, status: .unauthorized)
            response.headers.add(name: "WWW-Authenticate", value: Self.challenge)
            return response
        }
        if request.method != .get && request.method != .head && !Self.isSameOrigin(request) {
            return ConsoleResponse.html(
                "<!DOCTYPE html><title>Forbidden</title><p>Cross-site form posts to the console are refused.</p>",
                status: .forbidden)
        }
        var context = context
        context[AuthenticatedScope.self] = scope
        return try next(request, context)
    }

    /// False when the browser says the post comes from another site: `Sec-Fetch-Site: cross-site`, or an `Origin`
    /// whose host and port are not the `Host` asked for. Clients that send neither (curl, tests) pass.
    static func isSameOrigin(_ request: HTTPRequest) -> Bool {
        if request.headers["Sec-Fetch-Site"]?.lowercased() == "cross-site" { return false }
        guard let origin = request.headers["Origin"] else { return true }
        guard let schemeEnd = origin.firstRange(of: "://"), let host = request.headers["Host"] else { return false }
        return origin[schemeEnd.upperBound...].lowercased() == host.lowercased()
    }

    static let signInPage: HTML = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign in · MockPlivo</title></head>
        <body><h1>Sign in</h1><p>The console uses the account's credentials: the auth id as user name and the
        auth token as password, the same pair Plivo's SDKs send. mock-plivo prints the demo account's at start-up.</p>
        </body></html>
        """
}
