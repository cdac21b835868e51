#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value guarded by a `pthread_mutex_t`, with `Synchronization.Mutex`'s `withLock` shape.
///
/// Why not `Mutex`: on Linux it is a priority-inheritance futex, and a contended PI futex always goes through the
/// kernel's rt_mutex with a strict hand-off. With two event loops taking the same lock on every request (the
/// store, the journal) that turned each collision into a pair of context switches, a quarter of the CPU under
/// `wrk`. glibc's adaptive mutex spins briefly first, which is what a lock held for microseconds wants
/// (SwiftNIO's `NIOLock` is a plain pthread mutex for the same reason).
public final class LockedValue<Value>: @unchecked Sendable {
    // @unchecked: the value is only reachable inside `withLock`, under the mutex, and only `sending` values
    // cross in or out, as with `Mutex`. `withLock` is inlinable, so the modules above this one (the server's loops,
    // the store) get it specialized to their value and closure rather than a generic call per lock.
    @usableFromInline let mutex: UnsafeMutablePointer<pthread_mutex_t>
    @usableFromInline var value: Value

    public init(_ initialValue: sending Value) {
        value = initialValue
        mutex = .allocate(capacity: 1)
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        #if canImport(Glibc)
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ADAPTIVE_NP))
        #endif
        let code = pthread_mutex_init(mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
        precondition(code == 0, "pthread_mutex_init failed: \(code)")
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` with the lock held if no other thread holds it now; nil, without waiting, if one does.
    public func withLockIfAvailable<Result>(_ body: (inout sending Value) -> sending Result) -> Result? {
        guard pthread_mutex_trylock(mutex) == 0 else { return nil }
        defer { pthread_mutex_unlock(mutex) }
        return body(&value)
    }

    /// Runs `body` with the lock held and the value lent to it.
    @inlinable
    public func withLock<Result, Failure: Error>(
        _ body: (inout sending Value) throws(Failure) -> sending Result
    ) throws(Failure) -> sending Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
