/// The typed values of an ``HTTPRequestContext``, by key: the first kept inline, any more in an array.
///
/// A request carries none or one (the authenticated account) and rarely more, so a dictionary's storage and
/// hashing were pure cost: setting the first value allocates only its box.
///
/// Each value lives in an ``HTTPContextBox`` of its key's `Value` type. A key type has exactly one `Value`, so the
/// box found under a key is always of that type, and reading it back is an unchecked downcast instead of the
/// runtime's dynamic cast from `any Sendable`, which showed on every request.
///
/// `@inlinable` so that a module reading or setting a value gets code specialized to its key: unspecialized, every
/// set looked up the box's generic metadata at run time.
@usableFromInline
struct HTTPContextValues: Sendable {
    private var first: (key: ObjectIdentifier, box: any AnyObject & Sendable)?
    private var more: [(key: ObjectIdentifier, box: any AnyObject & Sendable)] = []

    @usableFromInline init() {}

    @inlinable
    subscript<Key: HTTPContextKey>(key: Key.Type) -> Key.Value? {
        get {
            guard let box = box(for: ObjectIdentifier(key)) else { return nil }
            return unsafeDowncast(box, to: HTTPContextBox<Key.Value>.self).value
        }
        set { setBox(newValue.map(HTTPContextBox.init), for: ObjectIdentifier(key)) }
    }

    @usableFromInline
    func box(for key: ObjectIdentifier) -> (any AnyObject & Sendable)? {
        if let first, first.key == key { return first.box }
        return more.first { $0.key == key }?.box
    }

    @usableFromInline
    mutating func setBox(_ box: (any AnyObject & Sendable)?, for key: ObjectIdentifier) {
        if first?.key == key {
            if let box { first = (key, box) } else { first = more.isEmpty ? nil : more.removeFirst() }
        } else if let index = more.firstIndex(where: { $0.key == key }) {
            if let box { more[index].box = box } else { more.remove(at: index) }
        } else if let box {
            if first == nil { first = (key, box) } else { more.append((key, box)) }
        }
    }
}

/// One context value, boxed by its exact type (see ``HTTPContextValues``).
@usableFromInline
final class HTTPContextBox<Value: Sendable>: Sendable {
    @usableFromInline let value: Value

    @inlinable
    init(_ value: Value) {
        self.value = value
    }
}
