/// Everything that bounds the server: where it listens, how many threads serve, and every limit a client could
/// otherwise push against. Defaults follow nginx where it has an equivalent.
public struct HTTPServerConfiguration: Sendable {
    /// Address to bind: an IPv4 or IPv6 literal or a host name. Default `127.0.0.1`.
    public var host: String = "127.0.0.1"
    /// Port to bind; 0 asks the kernel for a free one (read it back from ``HTTPServer/port``).
    public var port: Int = 0
    /// Event-loop threads; default: one per core, as nginx's `worker_processes auto`.
    public var eventLoopCount: Int = HTTPServerConfiguration.coreCount
    /// `listen(2)` backlog.
    public var backlog: Int32 = 511
    /// Parser limits: request line, header section, header count, body size.
    public var limits = HTTPParserLimits()
    /// Most connections open at once across all loops. Idle ones make room for new ones (see
    /// ``reservedConnections``); only when every connection is busy does a new one get a `503` and a close.
    public var maxConnections: Int = 10_000
    /// Slots of ``maxConnections`` kept free for new clients. Once fewer than this many are free, each new
    /// connection closes an idle one (no request in progress: kept alive between requests, or opened and still
    /// silent), the longest-idle connection of the client address that holds the most connections, so that the
    /// next clients, a health check among them, still get in however many idle connections others hold
    /// (nginx likewise reuses keep-alive connections when it runs out). Default 100; at most a tenth of
    /// ``maxConnections`` is kept, so a server configured for a handful of connections can use them all.
    public var reservedConnections: Int = 100
    /// The most connections one client address may hold while some of them are idle: when an address that holds
    /// this many opens another, its longest-idle connection is closed to make room, so one peer cannot hoard
    /// connections by leaving them open. Busy connections are never closed for it. Default 1,000: more than any
    /// client pool or benchmark on one machine opens (every local client shares `127.0.0.1`).
    public var maxIdleConnectionsPerClient: Int = 1_000
    /// How long a kept-alive connection may sit with no request before it is closed (nginx `keepalive_timeout`).
    public var idleTimeout: Duration = .seconds(75)
    /// How long a client may take from the first byte of a request to the end of its head (nginx
    /// `client_header_timeout`); then it gets `408` and the connection closes.
    public var headerTimeout: Duration = .seconds(60)
    /// How long a request body, or a blocked response write, may go without progress before the connection closes.
    public var bodyTimeout: Duration = .seconds(60)
    /// How long a client may take from the first byte of a request to its last, head and body together, however
    /// steadily it trickles (``bodyTimeout`` only bounds the silence between two reads); then it gets `408` and
    /// the connection closes. Default 120 s: a 1 MiB body (``HTTPParserLimits/maxBodyBytes``) at a slow 10 KiB/s.
    public var requestTimeout: Duration = .seconds(120)
    /// How long `stop` waits for in-flight requests before closing what remains.
    public var shutdownGracePeriod: Duration = .seconds(10)

    /// Run on each loop's thread as it starts and after each batch of events it served; nil runs nothing.
    public var loopHooks: EventLoopHooks?

    /// The defaults.
    public init() {}

    /// A configuration listening on `host:port`, other settings at their defaults.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    static var coreCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}

#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif
