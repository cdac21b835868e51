extension OutboundHTTPClient {
    /// Bounds and sizes, with defaults for a mock whose callback servers are the developers' own.
    package struct Configuration: Sendable {
        /// Connections open at once per pool and origin (for https: exchanges in libcurl at once).
        package var maxConnectionsPerHost = 16
        /// Requests waiting for a connection per pool and origin; one more fails at once with
        /// `too many callbacks queued for …`.
        package var maxQueuedPerHost = 1_000
        /// How long a kept-alive connection may sit unused. Under the 5 s keep-alive timeout of Node's and
        /// Apache's servers, so that against the usual callback servers the client closes first and seldom meets
        /// a connection the server has just closed (it would then retry once, see ``OutboundHTTPClient``).
        package var idleTimeout: Duration = .seconds(4)
        /// Response body bytes kept; the rest is not read, the response is marked truncated and its connection
        /// closed. `send` may set its own.
        package var maxResponseBytes = 64 * 1024
        /// Threads that run https exchanges in libcurl, started on demand.
        package var secureThreadCount = 8
        /// https exchanges one pool (account) may have running at once, so that an account's hung https servers
        /// hold at most this many of the secure threads.
        package var maxSecureExchangesPerPool = 2
        /// Threads that resolve host names, started on demand.
        package var resolverThreadCount = 4
        /// How long a resolved name's addresses are reused.
        package var resolvedNameLifetime: Duration = .seconds(30)
        /// Where https requests get libcurl; a parameter so tests can name a library that is not there.
        package var libcurl: @Sendable () -> Result<Libcurl, CallbackTransportError> = { Libcurl.shared }
        /// Resolves a host name that is neither numeric nor `localhost`, on a resolver thread; getaddrinfo(3)
        /// unless a test says otherwise.
        package var resolve: @Sendable (_ host: String, _ port: Int) -> Result<[SocketAddress], CallbackTransportError> =
            SocketAddress.resolve

        package init() {}
    }
}
