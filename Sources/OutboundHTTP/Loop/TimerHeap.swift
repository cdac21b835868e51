import Primitives

/// A binary min-heap of deadlines, each with what to do when it passes: the loop's timers.
///
/// Entries are never removed early: whoever handles an entry checks that it still applies (the exchange is still
/// pending, the connection still idle). Stale entries are bounded by what is sent within one timeout, and
/// ``compact(keeping:)`` drops them when they come to outnumber the live ones.
struct TimerHeap<Element> {
    private var entries: [(deadline: MonotonicInstant, element: Element)] = []

    var count: Int { entries.count }

    /// The earliest deadline, if any.
    var nextDeadline: MonotonicInstant? { entries.first?.deadline }

    mutating func push(_ element: Element, at deadline: MonotonicInstant) {
        entries.append((deadline, element))
        siftUp(from: entries.count - 1)
    }

    /// Removes and returns the earliest entry if its deadline is at or before `now`.
    mutating func popExpired(asOf now: MonotonicInstant) -> Element? {
        guard let first = entries.first, first.deadline <= now else { return nil }
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            siftDown(from: 0)
        }
        return first.element
    }

    /// Keeps only the entries `isLive` accepts, in heap order again.
    mutating func compact(keeping isLive: (Element) -> Bool) {
        entries.removeAll { !isLive($0.element) }
        for index in stride(from: entries.count / 2 - 1, through: 0, by: -1) {
            siftDown(from: index)
        }
    }

    private mutating func siftUp(from start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].deadline < entries[parent].deadline else { return }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < entries.count && entries[left].deadline < entries[smallest].deadline { smallest = left }
            if right < entries.count && entries[right].deadline < entries[smallest].deadline { smallest = right }
            guard smallest != parent else { return }
            entries.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
