/// Standard base64 (RFC 4648 §4) decoding on bytes. Foundation's `Data(base64Encoded:)` plus the `String`
/// round trips around it cost more than the rest of authentication, which runs on every request.
enum Base64 {
    /// The 6-bit value of an alphabet byte, 0xFF for any other. Arithmetic rather than a table: a `static let`
    /// table costs a `swift_once` call per byte on Linux, more than these comparisons.
    @inline(__always)
    private static func sextet(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: 0xFF
        }
    }

    /// The decoded bytes, or nil for anything that is not canonical padded base64.
    static func decode(_ text: some Collection<UInt8>) -> [UInt8]? {
        guard text.count % 4 == 0 else { return nil }
        var output = [UInt8]()
        output.reserveCapacity(text.count / 4 * 3)
        var quantum: UInt32 = 0
        var filled = 0
        var padding = 0
        for byte in text {
            if byte == UInt8(ascii: "=") {
                padding += 1
                quantum <<= 6
            } else {
                let value = sextet(byte)
                guard value != 0xFF, padding == 0 else { return nil }
                quantum = quantum << 6 | UInt32(value)
            }
            filled += 1
            if filled == 4 {
                output.append(UInt8(truncatingIfNeeded: quantum >> 16))
                output.append(UInt8(truncatingIfNeeded: quantum >> 8))
                output.append(UInt8(truncatingIfNeeded: quantum))
                quantum = 0
                filled = 0
            }
        }
        guard padding <= 2 else { return nil }
        output.removeLast(padding)
        return output
    }
}
