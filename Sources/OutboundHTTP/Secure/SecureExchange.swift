/// One https exchange through libcurl's easy API, on the calling thread: one handle per request, cleaned up at
/// once, so nothing is shared between callbacks (and no connection is reused: `CURLOPT_FORBID_REUSE`).
///
/// Blocks for up to `timeout`: ``OutboundHTTPClient`` runs it on its secure threads, ``CallbackClient`` on the
/// caller's own thread.
enum SecureExchange {
    /// Collects the body curl hands to the write callback, up to the bound.
    private final class BodySink {
        let maxBytes: Int
        var body: [UInt8] = []
        var truncated = false

        init(maxBytes: Int) { self.maxBytes = maxBytes }

        /// Keeps what fits; false once something did not, which makes the callback stop the transfer.
        func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
            let room = maxBytes - body.count
            body.append(contentsOf: bytes.prefix(max(room, 0)))
            truncated = bytes.count > room
            return !truncated
        }
    }

    /// Sends `request` to `target` (whose URL libcurl is given) and reads the response, within `timeout`.
    static func perform(
        _ request: CallbackRequest, to target: CallbackTarget, with curl: Libcurl, timeout: Duration,
        maxResponseBytes: Int
    ) -> Result<CallbackHTTPResponse, CallbackTransportError> {
        guard let handle = curl.easyInit() else { return .failure(.failed("curl_easy_init failed")) }
        defer { curl.easyCleanup(handle) }
        var headers: Libcurl.Handle?
        defer { curl.slistFreeAll(headers) }
        // "Expect:" with no value stops curl from sending `Expect: 100-continue` and waiting before a larger body.
        for line in request.headerLines(for: target) + ["Expect:"] {
            guard let appended = curl.slistAppend(headers, line) else { return .failure(.failed("curl_slist_append failed")) }
            headers = appended
        }
        let sink = BodySink(maxBytes: maxResponseBytes)
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Libcurl.Option.errorBufferSize)
        errorBuffer.initialize(repeating: 0, count: Libcurl.Option.errorBufferSize)
        defer { errorBuffer.deallocate() }

        let milliseconds = timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000
        curl.setOption(handle, Libcurl.Option.url, target.url)
        curl.setOption(handle, Libcurl.Option.httpHeader, UnsafeRawPointer(headers))
        curl.setOption(handle, Libcurl.Option.noSignal, 1)  // no SIGALRM for timeouts: this process has threads
        curl.setOption(handle, Libcurl.Option.timeoutMilliseconds, max(Int(milliseconds), 1))
        curl.setOption(handle, Libcurl.Option.followLocation, 0)
        curl.setOption(handle, Libcurl.Option.forbidReuse, 1)
        curl.setOption(handle, Libcurl.Option.errorBuffer, UnsafeRawPointer(errorBuffer))
        switch request.method {
        case "GET":
            curl.setOption(handle, Libcurl.Option.httpGet, 1)
        default:
            curl.setOption(handle, Libcurl.Option.post, 1)
            curl.setOption(handle, Libcurl.Option.postFieldSize, request.body.count)
            // Copied by curl, so the body need not outlive this call; set after its size, as curl requires.
            // Never a null pointer, even for an empty body: that would make curl read the body from stdin.
            if request.body.isEmpty {
                curl.setOption(handle, Libcurl.Option.copyPostFields, "")
            } else {
                _ = request.body.withUnsafeBytes { curl.setOption(handle, Libcurl.Option.copyPostFields, $0.baseAddress) }
            }
            if request.method != "POST" { curl.setOption(handle, Libcurl.Option.customRequest, request.method) }
        }
        curl.setOption(handle, Libcurl.Option.writeFunction) { data, size, count, context in
            let sink = Unmanaged<BodySink>.fromOpaque(context!).takeUnretainedValue()
            return sink.append(UnsafeRawBufferPointer(start: data, count: size * count)) ? size * count : 0
        }
        let code = withExtendedLifetime(sink) {
            curl.setOption(handle, Libcurl.Option.writeData, UnsafeRawPointer(Unmanaged.passUnretained(sink).toOpaque()))
            return curl.easyPerform(handle)
        }

        // A truncated body ends in the write error our own callback asked for; the response itself was fine.
        guard code == 0 || (code == Libcurl.Code.writeError && sink.truncated) else {
            let detail = errorBuffer.pointee == 0 ? curl.describe(code) : String(cString: errorBuffer)
            return .failure(Self.transportError(code, detail: detail, url: request.url))
        }
        let status: Int? = curl.info(handle, Libcurl.Option.responseCode)
        guard let status, status > 0 else { return .failure(.failed("no response")) }
        let contentType: String? = curl.info(handle, Libcurl.Option.contentType)
        let contentLength: Int64? = curl.info(handle, Libcurl.Option.contentLengthDownload)
        return .success(
            CallbackHTTPResponse(
                status: status, contentType: contentType, body: sink.body, bodyTruncated: sink.truncated,
                declaredBodyLength: contentLength.flatMap { $0 >= 0 ? Int(exactly: $0) : nil }))
    }

    /// The transport error for a failed `curl_easy_perform`, in the same cases the http client reports.
    private static func transportError(_ code: Int32, detail: String, url: String) -> CallbackTransportError {
        switch code {
        case Libcurl.Code.timedOut: .timedOut
        case Libcurl.Code.urlMalformed: .invalidURL(url)
        case Libcurl.Code.couldNotResolveProxy, Libcurl.Code.couldNotResolveHost, Libcurl.Code.couldNotConnect,
            Libcurl.Code.sslConnectError, Libcurl.Code.peerFailedVerification:
            .cannotConnect(detail)
        default: .failed(detail)
        }
    }
}
