/// A bounded FIFO that drops its oldest element to make room: what keeps the request journal and the simulation
/// log bounded however long a CI run lasts.
///
/// Why not swift-collections' `Deque`: the journal appends on every API request, and `Deque.append` copies its
/// element into place from inside a closure, then destroys the original: for a journal entry, seven retains and
/// seven releases a request, on top of the release of the entry the ring pushes out. Here an element is moved
/// into its slot and the evicted one moved out (`Optional.take()`), so an append touches no reference count.
struct RingBuffer<Element> {
    let capacity: Int
    /// The stored elements are the `count` slots from `oldest` on, wrapping at `capacity`. The slots grow as
    /// elements arrive, up to `capacity`: a large `--journal-size` costs memory only once it fills. `oldest` moves
    /// only while they are full, and `retain(where:)` starts them again from 0, so until they are full the elements
    /// are exactly the slots there are, and the next one goes at the end.
    private var slots: [Element?] = []
    private var oldest = 0
    private(set) var count = 0

    /// A capacity of 0 keeps nothing.
    init(capacity: Int) {
        precondition(capacity >= 0, "capacity must not be negative")
        self.capacity = capacity
    }

    /// Appends `element`, returning the oldest one when it had to make room.
    @discardableResult
    mutating func append(_ element: consuming Element) -> Element? {
        guard capacity > 0 else { return element }
        guard count == capacity else {
            assert(oldest == 0 && slots.count == count)
            slots.append(consume element)
            count += 1
            return nil
        }
        let evicted = slots[oldest].take()
        slots[oldest] = consume element
        oldest = slot(1)
        return evicted
    }

    /// The elements, oldest first.
    var elements: [Element] {
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for offset in 0..<count { elements.append(slots[slot(offset)]!) }
        return elements
    }

    /// The elements, newest first.
    var newestFirst: [Element] { elements.reversed() }

    /// Keeps only the elements for which `keep` is true, in order (rare: a clear of the journal, a reset).
    mutating func retain(where keep: (Element) -> Bool) {
        var kept: [Element?] = []
        kept.reserveCapacity(count)
        for offset in 0..<count {
            guard let element = slots[slot(offset)].take() else { continue }
            if keep(element) { kept.append(element) }
        }
        count = kept.count
        oldest = 0
        slots = kept
    }

    /// The index in `slots` of the element `offset` places after the oldest.
    private func slot(_ offset: Int) -> Int {
        let index = oldest + offset
        return index < capacity ? index : index - capacity
    }
}

extension RingBuffer: Sendable where Element: Sendable {}
