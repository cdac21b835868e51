import Foundation
import HTTPServerKit

/// The account a request authenticated as, for the handlers behind ``AuthenticationMiddleware``.
enum AuthenticatedScope: HTTPContextKey {
    typealias Value = AccountScope
}

extension HTTPRequestContext {
    /// The authenticated scope; a handler behind the middleware can rely on it.
    func requireScope() throws(PlivoError) -> AccountScope {
        guard let scope = self[AuthenticatedScope.self] else { throw PlivoError.authenticationFailed }
        return scope
    }
}

/// HTTP Basic authentication for Plivo's `/v1/` paths, as the real API does it: `auth_id:auth_token` of a main
/// account or an enabled subaccount, and the path's `{auth_id}` must be the authenticated one. Anything else is a
/// `401 authentication failed`. Tokens are compared in constant time and never logged.
struct AuthenticationMiddleware: HTTPMiddleware {
    let accounts: any AccountStore
    /// Paths that need credentials; everything else passes through untouched.
    let protectedPrefixes: [String]
    /// Exact paths under a protected prefix that stay open (a trailing slash is ignored), such as the health check.
    var publicPaths: [String] = []

    func handle(
        _ request: HTTPRequest, context: HTTPRequestContext,
        next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        guard protectedPrefixes.contains(where: { request.path.hasPrefix($0) }), !isPublic(request.path) else {
            return try next(request, context)
        }
        let scope = try authenticate(request)
        if let pathAccount = Self.pathAccountID(request.path), pathAccount != scope.authID {
            throw PlivoError.authenticationFailed
        }
        var context = context
        context[AuthenticatedScope.self] = scope
        return try next(request, context)
    }

    /// The scope of valid credentials, or a 401.
    func authenticate(_ request: HTTPRequest) throws -> AccountScope {
        guard let (authID, token) = Self.basicCredentials(request.headers["Authorization"]),
            let account = try accounts.account(authID: authID),
            account.enabled,
            Self.constantTimeEquals(Array(token.utf8), Array(account.authToken.utf8))
        else { throw PlivoError.authenticationFailed }
        return AccountScope(account: account)
    }

    private func isPublic(_ path: String) -> Bool {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        return publicPaths.contains(trimmed)
    }

    /// `/v1/Account/{auth_id}/…` → `auth_id`.
    static func pathAccountID(_ path: String) -> String? {
        let segments = path.split(separator: "/")
        guard segments.count >= 3, segments[0] == "v1", segments[1] == "Account" else { return nil }
        return String(segments[2])
    }

    static func basicCredentials(_ header: String?) -> (String, String)? {
        guard let header, header.count > 6, header.prefix(6).lowercased() == "basic " else { return nil }
        guard let data = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)) else {
            return nil
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let colon = text.firstIndex(of: ":") else { return nil }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }

    /// Compares every byte whatever the first difference, so response time does not leak how much of a guessed
    /// token was right.
    static func constantTimeEquals(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: lhs.count ^ rhs.count)
        for index in 0..<max(lhs.count, rhs.count) {
            let left = index < lhs.count ? lhs[index] : 0
            let right = index < rhs.count ? rhs[index] : 0
            difference |= left ^ right
        }
        return difference == 0
    }
}
