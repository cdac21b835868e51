/// Comparisons whose time does not depend on where two secrets first differ.
package enum ConstantTime {
    /// Compares every byte whatever the first difference, so response time does not leak how much of a guessed
    /// token was right.
    package static func equals(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
        // The lengths are compared as a whole: folding their XOR into a byte would let a token padded with
        // 256 NUL bytes pass.
        var difference: UInt8 = lhs.count == rhs.count ? 0 : 1
        var left = lhs.makeIterator()
        var right = rhs.makeIterator()
        for _ in 0..<max(lhs.count, rhs.count) {
            difference |= (left.next() ?? 0) ^ (right.next() ?? 0)
        }
        return difference == 0
    }
}
