import Primitives

extension ClientLoop {
    /// Puts a pool with waiting https requests in the rotation the secure threads are served from.
    func enterSecureRotation(_ pool: HostPool) {
        secureNeedsPump = true
        guard !pool.inSecureRotation, pool.waitingCount > 0 else { return }
        pool.inSecureRotation = true
        secureRotation.append(pool)
    }

    /// Hands waiting https requests to the secure threads while one is free, taking pools in turn (one request per
    /// pool per turn) and skipping a pool whose account already has
    /// ``OutboundHTTPClient/Configuration/maxSecureExchangesPerPool`` running or whose origin is at its
    /// connection bound: one account's hung https server can hold that many threads and no more.
    func pumpSecure() {
        secureNeedsPump = false
        var skippedInARow = 0
        while secureRunning < configuration.secureThreadCount, let pool = secureRotation.popFirst() {
            guard let exchange = pool.firstWaiting(in: exchanges) else {
                pool.inSecureRotation = false
                forgetIfUnused(pool)
                continue
            }
            let running = secureRunningByPool[pool.key.pool, default: 0]
            if running >= configuration.maxSecureExchangesPerPool || pool.open >= configuration.maxConnectionsPerHost {
                secureRotation.append(pool)
                skippedInARow += 1
                if skippedInARow >= secureRotation.count { return }
                continue
            }
            skippedInARow = 0
            _ = pool.popWaiting(in: exchanges)
            dispatchSecure(exchange, pool: pool)
            if pool.waitingCount > 0 {
                secureRotation.append(pool)
            } else {
                pool.inSecureRotation = false
            }
        }
    }

    /// Runs one https exchange in libcurl on a secure thread, with what is left of its deadline as curl's timeout.
    private func dispatchSecure(_ exchange: PendingExchange, pool: HostPool) {
        exchange.stage = .secure
        pool.open += 1
        secureRunning += 1
        secureRunningByPool[pool.key.pool, default: 0] += 1
        let timeout = max(exchange.deadline - now, .milliseconds(1))
        let (id, key, target) = (exchange.id, pool.key, exchange.target)
        // `send` keeps the request of every https submission; the default is never used.
        let request = exchange.request ?? CallbackRequest(url: target.url, method: "GET", headers: [], body: [])
        let maxResponseBytes = exchange.maxResponseBytes
        let libcurl = configuration.libcurl
        secureThreads.run { [self] in
            // Loading libcurl (dlopen, the first time) happens here too, never on the loop.
            let result = libcurl().flatMap {
                SecureExchange.perform(request, to: target, with: $0, timeout: timeout, maxResponseBytes: maxResponseBytes)
            }
            post(.secureFinished(id, key, result))
        }
    }

    /// A secure thread is free again; the exchange completes unless its deadline already failed it.
    func secureFinished(
        _ id: UInt64, key: PoolKey, _ result: Result<CallbackHTTPResponse, CallbackTransportError>
    ) {
        secureRunning -= 1
        let running = secureRunningByPool[key.pool, default: 1] - 1
        secureRunningByPool[key.pool] = running > 0 ? running : nil
        if let pool = pools[key] {
            pool.open -= 1
            schedulePump(pool)
        }
        secureNeedsPump = true
        if let exchange = exchanges[id] { complete(exchange, result) }
    }
}
