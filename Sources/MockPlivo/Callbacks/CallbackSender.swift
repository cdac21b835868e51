import Dispatch
import HTTPServerKit
import OutboundHTTP
import PlivoSupport

/// Builds, signs and sends one callback the way Plivo does, and records it as a `CallbackAttempt`.
///
/// POST carries the parameters as an `application/x-www-form-urlencoded` body and GET appends them to the
/// URL's query (docs/callbacks.md). Every request gets the six `X-Plivo-Signature-*` headers.
struct CallbackSender: Sendable {
    /// What is kept of each exchange for inspection.
    struct Configuration: Sendable {
        /// Response bytes copied into the record; the transport's own bound limits what is read at all.
        var recordedBodyBytes = 2 * 1024
        /// Sent as `User-Agent`, in the shape of Plivo's own callbacks.
        var userAgent = "PlivoHTTP/1.0"

        init(recordedBodyBytes: Int = 2 * 1024, userAgent: String = "PlivoHTTP/1.0") {
            self.recordedBodyBytes = recordedBodyBytes
            self.userAgent = userAgent
        }
    }

    /// The account tokens a callback is signed with.
    struct Credentials: Sendable {
        /// Token of the account or subaccount that owns the application: the plain `-V2`/`-V3` headers.
        var authToken: String
        /// Token of the main account: the `-Ma-V2`/`-Ma-V3` headers. Equal to `authToken` for a main account.
        var mainAuthToken: String
    }

    var transport: any CallbackTransport
    var configuration = Configuration()

    init(transport: any CallbackTransport, configuration: Configuration = Configuration()) {
        self.transport = transport
        self.configuration = configuration
    }

    /// Sends one callback and blocks until it completes. Returns the attempt and the whole body read (up to the
    /// transport's bound), which the caller needs to judge an answer document.
    ///
    /// Blocks the calling thread: call it only from a thread you own, never from a Swift concurrency task.
    func send(
        _ kind: CallbackAttempt.Kind, to url: String, method: String, parameters: [String: String],
        credentials: Credentials
    ) -> (attempt: CallbackAttempt, body: [UInt8]) {
        let request = makeRequest(url: url, method: method, parameters: parameters, credentials: credentials)
        let started = DispatchTime.now().uptimeNanoseconds
        let result = transport.send(request)
        let elapsed = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)

        var attempt = CallbackAttempt(
            kind: kind, url: request.url, method: request.method, parameters: parameters,
            requestHeaders: request.headers.map { CallbackAttempt.Header(name: $0.name, value: $0.value) },
            responseStatus: nil, responseContentType: nil, error: nil, responseBody: "",
            responseBodyTruncated: false, durationMilliseconds: elapsed)
        switch result {
        case .success(let response):
            attempt.responseStatus = response.status
            attempt.responseContentType = response.contentType
            let shown = response.body.prefix(configuration.recordedBodyBytes)
            attempt.responseBody = String(decoding: shown, as: UTF8.self)
            attempt.responseBodyTruncated = response.bodyTruncated || shown.count < response.body.count
            return (attempt, response.body)
        case .failure(let error):
            attempt.error = error.message
            return (attempt, [])
        }
    }

    /// The signed request for `url`. Methods other than GET are sent as POST, Plivo's default.
    func makeRequest(url: String, method: String, parameters: [String: String], credentials: Credentials)
        -> CallbackRequest
    {
        let method = method.uppercased() == "GET" ? "GET" : "POST"
        let parsed = CallbackURL(url)
        let requestURL: String
        var headers: [(name: String, value: String)] = [("User-Agent", configuration.userAgent)]
        var body: [UInt8] = []
        if method == "GET" {
            requestURL = parsed.addingQuery(parameters)
        } else {
            requestURL = parsed.withoutFragment
            headers.append(("Content-Type", "application/x-www-form-urlencoded"))
            body = Array(FormURLEncoding.encode(parameters.sortedByCodePoint.map { ($0.key, $0.value) }).utf8)
        }
        headers += PlivoSignature.headers(
            method: method, configuredURL: parsed, parameters: parameters, authToken: credentials.authToken,
            mainAuthToken: credentials.mainAuthToken)
        return CallbackRequest(url: requestURL, method: method, headers: headers, body: body)
    }
}
