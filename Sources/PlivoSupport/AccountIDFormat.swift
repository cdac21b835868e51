/// Plivo's auth id shapes: `MA` or `SA` followed by 18 upper-case letters or digits, which the Python, Java and
/// Ruby SDKs check before sending anything.
package enum AccountIDFormat {
    package static func isMainAccountID(_ text: String) -> Bool { matches(text, prefix: "MA") }
    package static func isSubaccountID(_ text: String) -> Bool { matches(text, prefix: "SA") }

    private static func matches(_ text: String, prefix: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, text.hasPrefix(prefix) else { return false }
        return bytes.dropFirst(2).allSatisfy {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
        }
    }
}
