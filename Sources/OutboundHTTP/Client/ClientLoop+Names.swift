import Primitives

extension ClientLoop {
    /// The addresses to connect `pool` to, or nil while a helper thread resolves its name.
    ///
    /// getaddrinfo(3) blocks (DNS, NSS modules, `/etc/hosts`), so the loop never calls it: numeric addresses and
    /// `localhost` need no lookup, and other names are resolved on `resolverThreads`, a few threads started on
    /// demand. An answer is kept for ``OutboundHTTPClient/Configuration/resolvedNameLifetime`` (getaddrinfo does
    /// not say the records' TTL); a failure is not kept, so the next request asks again.
    func addresses(for pool: HostPool) -> [SocketAddress]? {
        if let fixed = pool.fixedAddresses { return fixed }
        let name = Name(host: pool.key.host, port: pool.key.port)
        switch names[name] {
        case .resolved(let addresses, let until)? where until > now:
            return addresses
        case .resolving(let waiting)?:
            if !waiting.contains(where: { $0 === pool }) { names[name] = .resolving(waiting + [pool]) }
            return nil
        default:
            if names.count >= 1024 { forgetExpiredNames() }
            names[name] = .resolving([pool])
            let resolve = configuration.resolve
            resolverThreads.run { [self] in
                post(.resolved(name, resolve(name.host, name.port)))
            }
            return nil
        }
    }

    /// A helper thread's answer: the waiting pools go on, or their waiting requests fail with the reason.
    func resolved(_ name: Name, _ result: Result<[SocketAddress], CallbackTransportError>) {
        guard case .resolving(let waiting)? = names[name] else { return }
        switch result {
        case .success(let addresses) where !addresses.isEmpty:
            names[name] = .resolved(addresses, until: now + configuration.resolvedNameLifetime)
            for pool in waiting { schedulePump(pool) }
        case .success:
            names[name] = nil
            failWaiting(in: waiting, with: .cannotConnect("cannot resolve \(name.host): no address"))
        case .failure(let error):
            names[name] = nil
            failWaiting(in: waiting, with: error)
        }
    }

    private func failWaiting(in pools: [HostPool], with error: CallbackTransportError) {
        for pool in pools {
            while let exchange = pool.popWaiting(in: exchanges) {
                complete(exchange, .failure(error))
            }
            schedulePump(pool)
        }
    }

    private func forgetExpiredNames() {
        names = names.filter { _, state in
            if case .resolved(_, let until) = state { return until > now }
            return true
        }
    }
}
