#if canImport(Glibc)
    import Glibc
#endif

/// The names the server answers to, for the console's `Host` check.
///
/// A page on `evil.example` whose DNS an attacker re-points at 127.0.0.1 (DNS rebinding) is same-origin with itself,
/// so its requests pass any origin check and reach the mock with `Host: evil.example`. Refusing hosts the server is
/// not known by closes that door: loopback names (`localhost` and `*.localhost`, which browsers resolve to loopback
/// themselves, RFC 6761), any IP literal (no DNS, so nothing to re-point), the address the server is bound to, and
/// what `--allowed-hosts` adds. The port is not compared: a rebinding page must use the server's port anyway.
struct HostAllowList: Sendable, Equatable {
    /// Extra names, lower case: exact (`mock.test`), a domain with its subdomains (`.ci.example`), or `*` for any.
    let names: [String]

    /// `boundHost` is the address the server listens on (`--host`); a name there is allowed with the others.
    init(boundHost: String, extra: [String]) {
        var names = extra.map(Self.normalized)
        let bound = Self.normalized(boundHost)
        if !bound.isEmpty, !Self.isIPLiteral(bound) { names.append(bound) }
        self.names = names
    }

    /// Whether a `Host` header value (`name[:port]`, `[v6]:port`) names this server.
    func allows(_ host: String) -> Bool {
        let name = Self.normalized(Self.hostName(ofAuthority: host))
        if name == "localhost" || name.hasSuffix(".localhost") || Self.isIPLiteral(name) { return true }
        return names.contains { allowed in
            allowed == "*" || allowed == name
                || allowed.hasPrefix(".") && (name.hasSuffix(allowed) || name == allowed.dropFirst())
        }
    }

    /// The host of an authority without its port or IPv6 brackets: `[::1]:8000` → `::1`, `a.test:80` → `a.test`.
    static func hostName(ofAuthority authority: String) -> String {
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            return String(authority[authority.index(after: authority.startIndex)..<close])
        }
        let colons = authority.count { $0 == ":" }
        guard colons == 1, let colon = authority.lastIndex(of: ":") else { return authority }
        return String(authority[..<colon])
    }

    /// Lower case, without a final dot (`LocalHost.` is `localhost`).
    private static func normalized(_ name: some StringProtocol) -> String {
        let lowered = name.lowercased()
        return lowered.hasSuffix(".") ? String(lowered.dropLast()) : lowered
    }

    /// An IPv4 or IPv6 address as inet_pton(3) reads it (dotted quads without leading zeros; no scope id).
    static func isIPLiteral(_ name: String) -> Bool {
        var address = in6_addr()
        return inet_pton(AF_INET, name, &address) == 1 || inet_pton(AF_INET6, name, &address) == 1
    }
}
