/// Which hosts the simulated Plivo may send requests to (`--outbound-hosts`): callbacks, `<Play>` files and the
/// simulators' requests. A request to any other host fails at once with
/// ``CallbackTransportError/cannotConnect(_:)``, as if nothing listened there, so callers fall back and trace it
/// like any unreachable server; no name is resolved and no connection opened. A harness that lets a fuzzer
/// create applications and calls with arbitrary URLs can so keep every request on the machine.
package struct OutboundHostPolicy: Sendable, Equatable {
    /// The hosts allowed, lower case, without an IPv6 literal's brackets or a trailing dot; nil for any host.
    package let allowedHosts: Set<String>?

    /// Any host: the default.
    package static let any = OutboundHostPolicy(allowedHosts: nil)

    /// The word that stands for the loopback names and addresses.
    package static let loopbackName = "loopback"
    package static let loopbackHosts: Set<String> = ["127.0.0.1", "::1", "localhost"]

    private init(allowedHosts: Set<String>?) {
        self.allowedHosts = allowedHosts
    }

    /// Only `names` (`loopback` for 127.0.0.1, ::1 and localhost); matched without regard to case.
    package init(allowing names: [String]) {
        var hosts = Set<String>()
        for name in names.map(Self.normalized) {
            if name == Self.loopbackName { hosts.formUnion(Self.loopbackHosts) } else { hosts.insert(name) }
        }
        allowedHosts = hosts
    }

    /// Why a request to `url` must not be sent, or nil when it may (a URL that does not parse is left to the
    /// client, which reports it as such).
    package func refusal(url: String) -> CallbackTransportError? {
        guard allowedHosts != nil, let target = try? CallbackTarget(url) else { return nil }
        return refusal(host: target.host)
    }

    /// Why a request to `host` (as ``CallbackTarget`` parses it) must not be sent, or nil when it may.
    package func refusal(host: String) -> CallbackTransportError? {
        guard let allowedHosts, !allowedHosts.contains(Self.normalized(host)) else { return nil }
        return .cannotConnect("\(host) is not among the allowed outbound hosts (--outbound-hosts)")
    }

    private static func normalized(_ name: String) -> String {
        var name = name.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name.count > 1, name.hasSuffix(".") { name.removeLast() }
        return name
    }
}
