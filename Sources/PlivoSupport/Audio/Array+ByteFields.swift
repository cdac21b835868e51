/// Fixed-width integer fields inside a file's bytes, read and written at an offset. Reads return nil past the
/// end, so a truncated header is a reason to report, never a trap: the audio readers run on whatever the
/// user's server sent.
extension [UInt8] {
    func littleEndianUInt16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= count else { return nil }
        return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func littleEndianUInt32(at offset: Int) -> UInt32? {
        guard let low = littleEndianUInt16(at: offset), let high = littleEndianUInt16(at: offset + 2) else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    func littleEndianUInt64(at offset: Int) -> UInt64? {
        guard let low = littleEndianUInt32(at: offset), let high = littleEndianUInt32(at: offset + 4) else { return nil }
        return UInt64(low) | UInt64(high) << 32
    }

    func bigEndianUInt16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= count else { return nil }
        return UInt16(self[offset]) << 8 | UInt16(self[offset + 1])
    }

    func bigEndianUInt32(at offset: Int) -> UInt32? {
        guard let high = bigEndianUInt16(at: offset), let low = bigEndianUInt16(at: offset + 2) else { return nil }
        return UInt32(high) << 16 | UInt32(low)
    }

    /// Whether the four-character code `tag` (`"RIFF"`, `"data"`, `"Xing"`) is at `offset`.
    func hasTag(_ tag: StaticString, at offset: Int) -> Bool {
        let length = tag.utf8CodeUnitCount
        guard offset >= 0, offset + length <= count else { return false }
        return (0..<length).allSatisfy { self[offset + $0] == tag.utf8Start[$0] }
    }

    /// Writes `value`'s `width` low bytes at `offset`, least significant first, skipping those outside the array:
    /// so a header can be laid over any window of a file and only its visible part lands.
    mutating func storeLittleEndian(_ value: UInt64, width: Int, at offset: Int) {
        for index in 0..<width where (0..<count).contains(offset + index) {
            self[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index))
        }
    }

    /// Writes `value`'s `width` low bytes at `offset`, most significant first; clipped as `storeLittleEndian`.
    mutating func storeBigEndian(_ value: UInt64, width: Int, at offset: Int) {
        for index in 0..<width where (0..<count).contains(offset + index) {
            self[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * (width - 1 - index)))
        }
    }

    /// Copies `bytes` to `offset`, clipped to the array as `storeLittleEndian`.
    mutating func store(_ bytes: [UInt8], at offset: Int) {
        for index in bytes.indices where (0..<count).contains(offset + index) {
            self[offset + index] = bytes[index]
        }
    }
}
