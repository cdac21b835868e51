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
        v3String(method: method, parsed: CallbackURL(url), parameters: parameters)
    }

    private static func v3String(method: String, parsed: CallbackURL, parameters: [String: String]) -> String {
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
    /// Two draws from the system generator, ten digits each: a draw per digit cost a `getrandom` call each and
    /// showed in profiles of busy callback traffic.
    static func makeNonce() -> String {
        var generator = SystemRandomNumberGenerator()
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: 20)
        for half in 0..<2 {
            var value = generator.next(upperBound: UInt64(10_000_000_000))
            for index in stride(from: half * 10 + 9, through: half * 10, by: -1) {
                digits[index] += UInt8(value % 10)
                value /= 10
            }
        }
        return String(decoding: digits, as: UTF8.self)
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

    /// ``headers(method:url:parameters:authToken:mainAuthToken:nonceV2:nonceV3:)`` for the request a callback
    /// sender is about to make, from what it already has: the URL as configured, parsed once, and the parameters
    /// it sends (for GET, appended to the URL's query). Each signed string is built once for both tokens, and the
    /// GET query is never encoded only to be decoded again: the callback path's hot spot, measured with perf.
    /// Gives the same headers as the general form on the request's URL (a test holds them to that).
    static func headers(
        method: String, configuredURL parsed: CallbackURL, parameters: [String: String], authToken: String,
        mainAuthToken: String, nonceV2: String = makeNonce(), nonceV3: String = makeNonce()
    ) -> [(name: String, value: String)] {
        let v3Signed: String
        if method.uppercased() == "GET" {
            // As the requested URL's query reads: the configured query's values, then the parameters appended.
            var merged = parsed.queryValues
            for (name, value) in parameters { merged[name, default: []].append(value) }
            let joined = joinedPairs(merged)
            v3Signed = parsed.base + (joined.isEmpty ? "" : "?" + joined) + "." + nonceV3
        } else {
            v3Signed = v3String(method: method, parsed: parsed, parameters: parameters) + "." + nonceV3
        }
        let v2Signed = parsed.base + nonceV2
        return [
            ("X-Plivo-Signature-V2", sign(v2Signed, authToken: authToken)),
            ("X-Plivo-Signature-Ma-V2", sign(v2Signed, authToken: mainAuthToken)),
            ("X-Plivo-Signature-V2-Nonce", nonceV2),
            ("X-Plivo-Signature-V3", sign(v3Signed, authToken: authToken)),
            ("X-Plivo-Signature-Ma-V3", sign(v3Signed, authToken: mainAuthToken)),
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
