extension Libcurl {
    /// The option, info and error numbers this client uses, from curl.h (`CURLOPT_*` is a type base plus an index:
    /// 0 for long, 10000 for pointers, 20000 for functions; `CURLINFO_*` likewise with 0x100000 for strings,
    /// 0x200000 for longs and 0x600000 for `curl_off_t`). They are part of libcurl's ABI and have not changed within
    /// soname 4.
    enum Option {
        static let writeData: Int32 = 10001  // CURLOPT_WRITEDATA
        static let url: Int32 = 10002  // CURLOPT_URL
        static let errorBuffer: Int32 = 10010  // CURLOPT_ERRORBUFFER
        static let httpHeader: Int32 = 10023  // CURLOPT_HTTPHEADER
        static let customRequest: Int32 = 10036  // CURLOPT_CUSTOMREQUEST
        static let copyPostFields: Int32 = 10165  // CURLOPT_COPYPOSTFIELDS
        static let writeFunction: Int32 = 20011  // CURLOPT_WRITEFUNCTION
        static let post: Int32 = 47  // CURLOPT_POST
        static let followLocation: Int32 = 52  // CURLOPT_FOLLOWLOCATION
        static let postFieldSize: Int32 = 60  // CURLOPT_POSTFIELDSIZE
        static let forbidReuse: Int32 = 75  // CURLOPT_FORBID_REUSE
        static let httpGet: Int32 = 80  // CURLOPT_HTTPGET
        static let noSignal: Int32 = 99  // CURLOPT_NOSIGNAL
        static let timeoutMilliseconds: Int32 = 155  // CURLOPT_TIMEOUT_MS

        static let responseCode: Int32 = 0x200000 + 2  // CURLINFO_RESPONSE_CODE
        static let contentType: Int32 = 0x100000 + 18  // CURLINFO_CONTENT_TYPE
        /// -1 when the response declared no length; an error before curl 7.55, which the caller takes as unknown.
        static let contentLengthDownload: Int32 = 0x600000 + 15  // CURLINFO_CONTENT_LENGTH_DOWNLOAD_T

        static let globalDefault = 3  // CURL_GLOBAL_DEFAULT
        static let errorBufferSize = 256  // CURL_ERROR_SIZE
    }

    /// `CURLcode` values the client tells apart.
    enum Code {
        static let urlMalformed: Int32 = 3  // CURLE_URL_MALFORMAT
        static let couldNotResolveProxy: Int32 = 5  // CURLE_COULDNT_RESOLVE_PROXY
        static let couldNotResolveHost: Int32 = 6  // CURLE_COULDNT_RESOLVE_HOST
        static let couldNotConnect: Int32 = 7  // CURLE_COULDNT_CONNECT
        static let writeError: Int32 = 23  // CURLE_WRITE_ERROR
        static let timedOut: Int32 = 28  // CURLE_OPERATION_TIMEDOUT
        static let sslConnectError: Int32 = 35  // CURLE_SSL_CONNECT_ERROR
        static let peerFailedVerification: Int32 = 60  // CURLE_PEER_FAILED_VERIFICATION
    }
}
