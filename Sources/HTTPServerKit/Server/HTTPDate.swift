#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif

/// The `Date` header value (IMF-fixdate, RFC 9110 §5.6.7), formatted at most once a second per event loop.
struct HTTPDate {
    private var second: time_t = -1
    private(set) var text = ""

    /// Refreshes the text when the wall-clock second has changed.
    mutating func refresh() {
        let now = time(nil)
        guard now != second else { return }
        second = now
        var parts = tm()
        var clock = now
        gmtime_r(&clock, &parts)
        var buffer = [CChar](repeating: 0, count: 64)
        let length = strftime(&buffer, buffer.count, "%a, %d %b %Y %H:%M:%S GMT", &parts)
        text = String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
