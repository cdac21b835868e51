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
    /// Most connections open at once across all loops; beyond it new connections get a `503` and are closed.
    public var maxConnections: Int = 10_000
    /// How long a kept-alive connection may sit with no request before it is closed (nginx `keepalive_timeout`).
    public var idleTimeout: Duration = .seconds(75)
    /// How long a client may take from the first byte of a request to the end of its head (nginx
    /// `client_header_timeout`); then it gets `408` and the connection closes.
    public var headerTimeout: Duration = .seconds(60)
    /// How long a request body, or a blocked response write, may go without progress before the connection closes.
    public var bodyTimeout: Duration = .seconds(60)
    /// How long `stop` waits for in-flight requests before closing what remains.
    public var shutdownGracePeriod: Duration = .seconds(10)

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
