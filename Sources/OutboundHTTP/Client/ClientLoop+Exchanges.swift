import Primitives

extension ClientLoop {
    /// Takes a request into its pool's queue, or refuses it at once when the queue is full.
    func accept(_ submission: Submission) {
        let key = PoolKey(pool: submission.pool, target: submission.target)
        let pool = pools[key] ?? makePool(key)
        // The bound is on what must wait: requests an idle connection or a free connection slot will take at the
        // end of this turn are not counted against it.
        let freeSlots = pool.idle.count + max(0, configuration.maxConnectionsPerHost - pool.open)
        guard pool.waitingCount - freeSlots < configuration.maxQueuedPerHost else {
            submission.completion(.failure(.failed("too many callbacks queued for \(key.description)")))
            forgetIfUnused(pool)
            return
        }
        let exchange = PendingExchange(id: nextID, key: key, submission: submission)
        nextID += 1
        exchanges[exchange.id] = exchange
        timers.push(.exchange(exchange.id), at: exchange.deadline)
        pool.waiting.append(exchange.id)
        pool.waitingCount += 1
        schedulePump(pool)
    }

    private func makePool(_ key: PoolKey) -> HostPool {
        let pool = HostPool(key: key)
        pools[key] = pool
        return pool
    }

    /// Drops a pool with nothing open and nothing waiting, so that pools do not pile up with every account and
    /// host ever called.
    func forgetIfUnused(_ pool: HostPool) {
        guard pool.isUnused, !pool.isPumpScheduled, !pool.inSecureRotation, pools[pool.key] === pool else { return }
        pools[pool.key] = nil
    }

    /// Runs the completion, once: an exchange completes by its response, its failure or its deadline, whichever
    /// comes first, and the others find it gone.
    func complete(_ exchange: PendingExchange, _ result: Result<CallbackHTTPResponse, CallbackTransportError>) {
        guard exchanges.removeValue(forKey: exchange.id) != nil else { return }
        exchange.completion(result)
    }

    /// Notes that `pool`'s queue may be able to move.
    func schedulePump(_ pool: HostPool) {
        guard !pool.isPumpScheduled else { return }
        pool.isPumpScheduled = true
        poolsToPump.append(pool)
    }

    /// Moves every queue that may move. Pumping can close connections and fail requests, which may schedule
    /// more pumps: they run in the same pass.
    func runScheduledPumps() {
        while let pool = poolsToPump.popLast() {
            pool.isPumpScheduled = false
            if pool.key.isSecure {
                enterSecureRotation(pool)
            } else {
                pump(pool)
            }
            forgetIfUnused(pool)
        }
        if secureNeedsPump { pumpSecure() }
    }

    /// Gives waiting http requests, oldest first, an idle connection, else a new one while the pool is under its
    /// bound and the addresses are known.
    private func pump(_ pool: HostPool) {
        while let exchange = pool.firstWaiting(in: exchanges) {
            // A retried request goes on a fresh connection: the idle ones may be as stale as the one that failed.
            if !exchange.retried, let connection = pool.idle.popLast() {
                _ = pool.popWaiting(in: exchanges)
                start(exchange, on: connection)
                continue
            }
            if pool.open >= configuration.maxConnectionsPerHost {
                guard exchange.retried, let oldest = pool.idle.first else { return }
                close(oldest)
            }
            guard let addresses = addresses(for: pool) else { return }
            _ = pool.popWaiting(in: exchanges)
            open(pool, for: exchange, addresses: addresses)
        }
    }

    func fireTimers() {
        while let timer = timers.popExpired(asOf: now) {
            switch timer {
            case .exchange(let id):
                if let exchange = exchanges[id] { timeOut(exchange) }
            case .idle(let id):
                if let connection = connections[id] { idleTimerFired(connection) }
            }
        }
        // Deadlines of requests that completed early stay in the heap until they pass; drop them in one sweep
        // once they far outnumber the live ones.
        if timers.count > 4096 && timers.count > 4 * (exchanges.count + connections.count) {
            timers.compact { timer in
                switch timer {
                case .exchange(let id): exchanges[id] != nil
                case .idle(let id): connections[id] != nil
                }
            }
        }
    }

    /// The deadline passed: wherever the request is, it fails now. A connection carrying it is closed, since its
    /// state mid-exchange is unknown; an https one in libcurl is left to end by libcurl's own timeout (the same
    /// deadline), its result then dropped.
    private func timeOut(_ exchange: PendingExchange) {
        switch exchange.stage {
        case .waiting:
            if let pool = pools[exchange.key] {
                pool.waitingCount -= 1
                schedulePump(pool)
            }
        case .connection(let id):
            if let connection = connections[id] { close(connection) }
        case .secure:
            break
        }
        complete(exchange, .failure(.timedOut))
    }

    private func idleTimerFired(_ connection: ClientConnection) {
        connection.idleTimerArmed = false
        guard case .idle = connection.state else { return }
        if now - connection.idleSince >= configuration.idleTimeout {
            close(connection)
        } else {
            armIdleTimer(connection)
        }
    }

    /// At most one idle timer per connection is in the heap: when it fires early (the connection was used and
    /// went idle again since), it is pushed back to the new idle deadline.
    func armIdleTimer(_ connection: ClientConnection) {
        guard !connection.idleTimerArmed else { return }
        connection.idleTimerArmed = true
        timers.push(.idle(connection.id), at: connection.idleSince + configuration.idleTimeout)
    }
}
