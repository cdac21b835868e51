import DequeModule
import HTTPServerKit

/// A bounded FIFO that drops its oldest element to make room: what keeps the request journal and the simulation
/// log bounded however long a CI run lasts. The queue itself is swift-collections' `Deque`; this type only adds
/// the eviction rule.
struct RingBuffer<Element> {
    let capacity: Int
    private var storage: Deque<Element>

    /// A capacity of 0 keeps nothing.
    init(capacity: Int) {
        precondition(capacity >= 0, "capacity must not be negative")
        self.capacity = capacity
        storage = Deque(minimumCapacity: capacity)
    }

    var count: Int { storage.count }

    /// Appends `element`, returning the oldest one when it had to make room. Both are moved, not copied: the
    /// journal appends on every request.
    @discardableResult
    mutating func append(_ element: consuming Element) -> Element? {
        guard capacity > 0 else { return element }
        let evicted = storage.count == capacity ? storage.removeFirst() : nil
        storage.append(element)
        return evicted
    }

    /// The elements, oldest first.
    var elements: [Element] { Array(storage) }

    /// The elements, newest first.
    var newestFirst: [Element] { Array(storage.reversed()) }

    /// Keeps only the elements for which `keep` is true, in order.
    mutating func retain(where keep: (Element) -> Bool) {
        storage.removeAll { !keep($0) }
    }
}

extension RingBuffer: Sendable where Element: Sendable {}
