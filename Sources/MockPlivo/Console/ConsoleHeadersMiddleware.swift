import Crypto
import FoundationEssentials
import HTTPServerKit

/// Adds to every console answer (pages, redirects, the sign-in challenge, refusals, errors) the headers that keep
/// another site from framing the console, where a visitor signed in through Basic auth could be tricked into
/// clicking its delete buttons, and that let a page load nothing but what it carries.
///
/// It runs outermost in the console group, around an error renderer of its own, so that thrown errors (a 404 under
/// `/console/`) are answers by the time they pass through it.
struct ConsoleHeadersMiddleware: HTTPMiddleware {
    /// `default-src 'none'` loads nothing that is not named: no script, image, font, frame or connection. The one
    /// stylesheet is inline (``HTMLPage/styleSheet``) and admitted by its SHA-256 rather than by `'unsafe-inline'`,
    /// so an injected `<style>` or `style` attribute would not apply either. Audio comes from the mock itself
    /// only: a call's page plays its recordings by their same-origin path (``RecordingPlayerView``). Forms post
    /// to the console only, and `frame-ancestors 'none'` is the modern form of `X-Frame-Options: DENY`, which
    /// older browsers read.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'sha256-\(styleSheetDigest)'; media-src 'self'; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'"

    static let styleSheetDigest = Data(SHA256.hash(data: Array(HTMLPage.styleSheet.utf8))).base64EncodedString()

    func handle(
        _ request: HTTPRequest, context: HTTPRequestContext,
        next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        try next(request, context).map { response in
            var response = response
            response.headers.add(name: "X-Frame-Options", value: "DENY")
            response.headers.add(name: "Content-Security-Policy", value: Self.contentSecurityPolicy)
            response.headers.add(name: "X-Content-Type-Options", value: "nosniff")
            return response
        }
    }
}
