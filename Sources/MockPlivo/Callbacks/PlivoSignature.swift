import Crypto
import FoundationEssentials
import OutboundHTTP
import PlivoSupport

/// Plivo's callback signatures, V2 and V3, computed exactly as `docs/callbacks.md` does
/// (itself written from plivo-python and plivo-go and checked against their test vectors).
///
/// Both are `base64(HMAC-SHA256(key: auth token, message))`; they differ in the message:
/// - V2: `scheme://netloc/path` + nonce.
/// - V3: a canonical string of the URL and parameters (see `v3String`) + `"."` + nonce.
///
/// The port stays in the signed URL as PY, GO and NODE keep it; JAVA's V3 and Ruby's validators drop it, so on a
/// non-default port their validators reject these signatures (docs/callbacks.md). That is the SDKs' disagreement,
/// not something a single signature can satisfy.
enum PlivoSignature {
    /// `X-Plivo-Signature-V2`.
    static func v2(url: String, nonce: String, authToken: String) -> String {
        sign(CallbackURL(url).base + nonce, authToken: authToken)
    }

    /// `X-Plivo-Signature-V3` for a request made with `method` to `url` carrying `parameters`
    /// (form fields for POST; for GET, parameters to merge with the URL's own query).
    static func v3(method: String, url: String, nonce: String, authToken: String, parameters: [String: String])
        -> String
    {
        sign(v3String(method: method, url: url, parameters: parameters) + "." + nonce, authToken: authToken)
    }

    /// The string V3 signs before the nonce.
    ///
    /// - GET: the URL's query merged with the parameters (a parameter replaces a query value of the same name),
    ///   sorted by name, values sorted within a name, joined as `k=v&k=v` without any encoding, after `base?`.
    /// - POST: `base?` + the sorted query as `k=v&…` and a `.` if there is a query, then the parameters sorted by
    ///   name as `kv` with no separators. With no parameters it is just the URL (without fragment).
    static func v3String(method: String, url: String, parameters: [String: String]) -> String {
        let parsed = CallbackURL(url)
        let query = parsed.queryValues
        if method.uppercased() == "GET" {
            var merged = query
            for (name, value) in parameters {
                merged[name] = [value]
            }
            let joined = joinedPairs(merged)
            return parsed.base + (joined.isEmpty ? "" : "?" + joined)
        }
        let joinedQuery = joinedPairs(query)
        guard !parameters.isEmpty else {
            return parsed.base + (joinedQuery.isEmpty ? "" : "?" + joinedQuery)
        }
        var result = parsed.base + "?" + joinedQuery + (joinedQuery.isEmpty ? "" : ".")
        for (name, value) in parameters.sortedByCodePoint {
            result += name + value
        }
        return result
    }

    /// A fresh nonce: 20 decimal digits, the shape Plivo sends (`31627761595286130198` in the SDK vectors).
    static func makeNonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
    }

    /// The six signature headers for one callback request: the plain ones keyed with the token of the account
    /// that owns the application, the `-Ma-` ones with the main account's token, one nonce per version.
    ///
    /// `url` is the URL as requested; for GET that already includes the parameters, so they are not passed again.
    static func headers(
        method: String, url: String, parameters: [String: String], authToken: String, mainAuthToken: String,
        nonceV2: String = makeNonce(), nonceV3: String = makeNonce()
    ) -> [(name: String, value: String)] {
        let signedParameters = method.uppercased() == "GET" ? [:] : parameters
        return [
            ("X-Plivo-Signature-V2", v2(url: url, nonce: nonceV2, authToken: authToken)),
            ("X-Plivo-Signature-Ma-V2", v2(url: url, nonce: nonceV2, authToken: mainAuthToken)),
            ("X-Plivo-Signature-V2-Nonce", nonceV2),
            (
                "X-Plivo-Signature-V3",
                v3(method: method, url: url, nonce: nonceV3, authToken: authToken, parameters: signedParameters)
            ),
            (
                "X-Plivo-Signature-Ma-V3",
                v3(method: method, url: url, nonce: nonceV3, authToken: mainAuthToken, parameters: signedParameters)
            ),
            ("X-Plivo-Signature-V3-Nonce", nonceV3),
        ]
    }

    private static func joinedPairs(_ values: [String: [String]]) -> String {
        values.sortedByCodePoint.map { name, values in
            values.sortedByCodePoint.map { "\(name)=\($0)" }.joined(separator: "&")
        }.joined(separator: "&")
    }

    /// `base64(HMAC-SHA256(key: authToken, message))`, on the UTF-8 of both as the SDKs do (`str.encode()`).
    static func sign(_ message: String, authToken: String) -> String {
        let key = SymmetricKey(data: Array(authToken.utf8))
        return Data(HMAC<SHA256>.authenticationCode(for: Array(message.utf8), using: key)).base64EncodedString()
    }
}
