/// A fixed-capacity FIFO that overwrites its oldest element when full: what keeps the request journal's memory
/// bounded however long a CI run lasts.
struct RingBuffer<Element> {
    let capacity: Int
    private var storage: [Element?]
    private var start = 0
    private(set) var count = 0

    /// A capacity of 0 keeps nothing.
    init(capacity: Int) {
        precondition(capacity >= 0, "capacity must not be negative")
        self.capacity = capacity
        storage = Array(repeating: nil, count: capacity)
    }

    /// Appends `element`, returning the oldest one when it had to make room. Both are moved, not copied: the
    /// journal appends on every request.
    @discardableResult
    mutating func append(_ element: consuming Element) -> Element? {
        guard capacity > 0 else { return element }
        if count < capacity {
            storage[(start + count) % capacity] = consume element
            count += 1
            return nil
        }
        let evicted = storage[start].take()
        storage[start] = consume element
        start = (start + 1) % capacity
        return evicted
    }

    /// The elements, oldest first.
    var elements: [Element] {
        (0..<count).map { storage[(start + $0) % capacity]! }
    }

    /// Keeps only the elements for which `keep` is true, in order.
    mutating func retain(where keep: (Element) -> Bool) {
        let kept = elements.filter(keep)
        storage = Array(repeating: nil, count: capacity)
        for (index, element) in kept.enumerated() { storage[index] = element }
        start = 0
        count = kept.count
    }
}

extension RingBuffer: Sendable where Element: Sendable {}
