import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// Plivo's callback timestamps, always UTC: `2020-04-08 11:34:33` for `StartTime`/`AnswerTime`/`EndTime`, and
/// with microseconds (`2020-04-08 11:34:33.238707`) for `SessionStart`, as in the SDK test vector.
///
/// Formatted by hand from `gmtime_r` because `DateFormatter` is neither cheap nor `Sendable`.
enum PlivoTimestamp {
    static func string(from date: Date, microseconds: Bool = false) -> String {
        let interval = date.timeIntervalSince1970
        var seconds = time_t(interval.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let text =
            "\(parts.tm_year + 1900)-\(pad(parts.tm_mon + 1))-\(pad(parts.tm_mday)) "
            + "\(pad(parts.tm_hour)):\(pad(parts.tm_min)):\(pad(parts.tm_sec))"
        guard microseconds else { return text }
        let fraction = min(Int((interval - interval.rounded(.down)) * 1_000_000), 999_999)
        return text + "." + pad(fraction, width: 6)
    }

    private static func pad(_ value: some BinaryInteger, width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(width - digits.count, 0)) + digits
    }
}
