#if canImport(Glibc)
    import Glibc
#endif

/// Wakes a thread that waits for work: `ring()` from anywhere, `wait(upTo:)` on the waiting thread. A ring that
/// comes while nobody waits is kept, so the next wait returns at once and no wake-up is ever lost.
///
/// A pthread condition variable rather than a semaphore: the waiter needs a timed wait on a monotonic clock
/// (the next timer), which `DispatchSemaphore` would give through libdispatch's own threads.
package final class Doorbell: @unchecked Sendable {
    // @unchecked: `rung` is only touched with `mutex` held.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var rung = false

    package init() {
        pthread_mutex_init(mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    package func ring() {
        pthread_mutex_lock(mutex)
        rung = true
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }

    /// Returns when rung (now or since the last wait), or after `timeout` (nil: no limit).
    package func wait(upTo timeout: Duration?) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        guard !rung else {
            rung = false
            return
        }
        if let timeout {
            var deadline = timespec()
            clock_gettime(CLOCK_MONOTONIC, &deadline)
            let (seconds, attoseconds) = timeout.components
            let nanoseconds = Int(deadline.tv_nsec) + Int(attoseconds / 1_000_000_000)
            deadline.tv_sec += Int(seconds) + nanoseconds / 1_000_000_000
            deadline.tv_nsec = nanoseconds % 1_000_000_000
            while !rung {
                if pthread_cond_timedwait(condition, mutex, &deadline) == ETIMEDOUT { break }
            }
        } else {
            while !rung { pthread_cond_wait(condition, mutex) }
        }
        rung = false
    }
}
