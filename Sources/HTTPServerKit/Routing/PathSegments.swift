/// The non-empty segments of a path's bytes, as ranges: `/a//b/` and `/a/b` both give the ranges of `a` and `b`.
///
/// One walker for route patterns and request paths alike, and for middleware that must read a path exactly as the
/// router does. It works on a buffer the caller holds, so that matching a request makes no array of segments and
/// no `String` per segment.
public struct PathSegments: Sequence, IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int

    /// Walks `bytes` from its start.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        position = 0
    }

    /// The next segment's range in `bytes`, or nil after the last.
    public mutating func next() -> Range<Int>? {
        let slash = UInt8(ascii: "/")
        while position < bytes.count && bytes[position] == slash { position += 1 }
        guard position < bytes.count else { return nil }
        let start = position
        while position < bytes.count && bytes[position] != slash { position += 1 }
        return start..<position
    }

    /// The bytes of a segment `next()` returned.
    public subscript(segment: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[segment])
    }
}
