extension Array where Element == UInt8 {
    /// Appends a literal's bytes in one copy.
    mutating func append(literal text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends a string's UTF-8 in one copy when its bytes are contiguous, as a native string's are; the generic
    /// `append(contentsOf: text.utf8)` goes through the collection protocols instead.
    mutating func append(utf8 text: String) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { append(contentsOf: $0) }
        if copied == nil { append(contentsOf: text.utf8) }
    }
}
