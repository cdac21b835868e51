import Primitives

/// Values middleware keeps for the life of one connection, keyed like ``HTTPRequestContext``'s values: say, the
/// credentials a keep-alive client has already passed with, so the next request with the same header skips the
/// work of checking them (the part Netty's channel attributes play).
///
/// A connection's requests are handled one after another, but a deferred answer may finish on another thread,
/// hence the lock. Nothing but that connection's own requests ever takes it, so it is not contended.
public final class HTTPConnectionStorage: Sendable {
    @usableFromInline let values = LockedValue(HTTPContextValues())

    /// Empty storage, one per connection.
    public init() {}

    /// The value stored under `key`, or nil.
    @inlinable
    public subscript<Key: HTTPContextKey>(key: Key.Type) -> Key.Value? {
        get { values.withLock { $0[key] } }
        set { values.withLock { $0[key] = newValue } }
    }
}
