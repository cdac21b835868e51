/// The typed values of an ``HTTPRequestContext``, by key: the first kept inline, any more in an array.
///
/// A request carries none or one (the authenticated account) and rarely more, so a dictionary's storage and
/// hashing were pure cost: setting the first value now allocates nothing beyond the value's own existential box.
struct HTTPContextValues: Sendable {
    private var first: (key: ObjectIdentifier, value: any Sendable)?
    private var more: [(key: ObjectIdentifier, value: any Sendable)] = []

    /// The value stored for `key`; setting nil removes it.
    subscript(key: ObjectIdentifier) -> (any Sendable)? {
        get {
            if let first, first.key == key { return first.value }
            return more.first { $0.key == key }?.value
        }
        set {
            if first?.key == key {
                if let newValue { first = (key, newValue) } else { first = more.isEmpty ? nil : more.removeFirst() }
            } else if let index = more.firstIndex(where: { $0.key == key }) {
                if let newValue { more[index].value = newValue } else { more.remove(at: index) }
            } else if let newValue {
                if first == nil { first = (key, newValue) } else { more.append((key, newValue)) }
            }
        }
    }
}
