import HTTPServerKit
import PlivoStore

/// Guards the console: the same credentials as the API (``AuthenticationMiddleware/authenticate(_:)``), but a
/// failure answers an HTML `401` with `WWW-Authenticate: Basic realm="MockPlivo"` so that a browser asks for them
/// (RFC 9110 §11.6.1). The API under `/v1/` keeps answering without the challenge, as Plivo's does, so SDKs and
/// scripts never meet a prompt.
///
/// Before that, it refuses requests addressed to a name the server is not known by (``HostAllowList``), which is
/// how a DNS-rebinding page reaches it, so such a page gets neither pages nor a credentials prompt. And it takes a
/// form post only from the console itself: a browser attaches remembered Basic credentials to any request to the
/// mock, so without this check any web page could create or delete applications through a visitor's browser.
struct ConsoleAuthenticationMiddleware: HTTPMiddleware {
    static let challenge = "Basic realm=\"MockPlivo\""

    let authentication: AuthenticationMiddleware
    let hosts: HostAllowList

    init(accounts: any AccountStore, hosts: HostAllowList) {
        authentication = AuthenticationMiddleware(accounts: accounts)
        self.hosts = hosts
    }

    func handle(
        _ request: HTTPRequest, context: HTTPRequestContext,
        next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        // A browser always sends Host; a request without one (HTTP/1.0 from a script) cannot come from a page.
        if let host = request.headers["Host"], !hosts.allows(host) {
            return ConsoleResponse.html(Self.foreignHostPage(host), status: .forbidden)
        }
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
                "<!DOCTYPE html><title>Forbidden</title><p>The console takes form posts only from its own pages: the "
                    + "request must carry an Origin (or, failing that, a Referer) of this server.</p>",
                status: .forbidden)
        }
        var context = context
        context[AuthenticatedScope.self] = scope
        return try next(request, context)
    }

    /// True only when the browser says the post comes from the console's own origin: an `Origin` whose host and
    /// port are the `Host` asked for, or, when there is no `Origin` (older browsers on same-origin posts), a
    /// `Referer` from that origin. `Sec-Fetch-Site: cross-site` always refuses; so does a post that says nothing,
    /// which no browser sends, so that a page cannot strip both headers (`Referrer-Policy: no-referrer`) to pass.
    static func isSameOrigin(_ request: HTTPRequest) -> Bool {
        if request.headers["Sec-Fetch-Site"]?.lowercased() == "cross-site" { return false }
        guard let host = request.headers["Host"]?.lowercased() else { return false }
        guard let source = request.headers["Origin"] ?? request.headers["Referer"],
            let schemeEnd = source.firstRange(of: "://")
        else { return false }
        let rest = source[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return authority.lowercased() == host
    }

    static func foreignHostPage(_ host: String) -> HTML {
        """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Unknown host · MockPlivo</title></head>
        <body><h1>Unknown host</h1><p>This console answers only to the names the server is known by: loopback
        names, IP addresses and the address it listens on. <code>\(host)</code> is not one of them, which is how a
        page re-pointing its own name at this machine (DNS rebinding) would arrive. To open the console under this
        name, start mock-plivo with <code>--allowed-hosts</code> naming it (or <code>MOCK_PLIVO_ALLOWED_HOSTS</code>).</p>
        </body></html>
        """
    }

    static let signInPage: HTML = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign in · MockPlivo</title></head>
        <body><h1>Sign in</h1><p>The console uses the account's credentials: the auth id as user name and the
        auth token as password, the same pair Plivo's SDKs send. mock-plivo prints the demo account's at start-up.</p>
        </body></html>
        """
}
