/// What connections and queues are kept apart by: the caller's isolation key (an account id) and the origin
/// (RFC 6454: scheme, host, port). Two accounts calling the same server never share a connection, a queue or a
/// connection bound.
struct PoolKey: Hashable, Sendable {
    var pool: String
    var isSecure: Bool
    /// As the URL spells it, case folded: `Example.com` and `example.com` are one origin.
    var host: String
    var port: Int

    init(pool: String, target: CallbackTarget) {
        self.pool = pool
        isSecure = target.isSecure
        host = target.host.lowercased()
        port = target.port
    }

    /// `pool https://host:port`, for messages.
    var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "\(pool.isEmpty ? "" : pool + " ")\(isSecure ? "https" : "http")://\(shownHost):\(port)"
    }
}
