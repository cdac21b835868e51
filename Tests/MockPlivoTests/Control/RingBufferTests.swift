import Testing
@testable import MockPlivo

/// The ring under the journal and the simulation log: oldest first, the oldest pushed out when full, order kept
/// across the wrap of its slots.
@Suite("Ring buffer")
struct RingBufferTests {
    @Test("Appends keep the newest `capacity` elements, oldest first, and hand back the one pushed out")
    func evictsTheOldest() {
        var ring = RingBuffer<String>(capacity: 3)
        #expect(ring.append("a") == nil)
        #expect(ring.append("b") == nil)
        #expect(ring.append("c") == nil)
        #expect(ring.append("d") == "a")
        #expect(ring.append("e") == "b")
        #expect(ring.elements == ["c", "d", "e"])
        #expect(ring.newestFirst == ["e", "d", "c"])
        #expect(ring.count == 3)
    }

    @Test("Keeping some elements after the slots wrapped keeps their order, and appends go on after them")
    func retainAcrossTheWrap() {
        var ring = RingBuffer<Int>(capacity: 4)
        for value in 1...6 { ring.append(value) }  // slots hold 5 6 3 4
        ring.retain { $0 != 4 }
        #expect(ring.elements == [3, 5, 6])
        #expect(ring.append(7) == nil)
        #expect(ring.append(8) == 3)
        #expect(ring.elements == [5, 6, 7, 8])
    }

    @Test("A capacity of 0 keeps nothing and hands every element straight back")
    func zeroCapacity() {
        var ring = RingBuffer<String>(capacity: 0)
        #expect(ring.append("a") == "a")
        #expect(ring.elements.isEmpty)
        ring.retain { _ in true }
        #expect(ring.count == 0)
    }
}
