import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// The date and time texts Plivo prints, always in UTC.
///
/// Built with `gmtime_r` rather than a `DateFormatter`: these run on write paths and need no locale.
enum Timestamps {
    /// `"2017-05-22"`, as in a subaccount's `created` and `modified`.
    static func day(_ date: Date) -> String {
        let parts = components(date)
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))"
    }

    /// `"2014-07-21 19:26:08"`, as in an endpoint's `sip_expires`.
    static func dateTime(_ date: Date) -> String {
        let parts = components(date)
        return "\(day(date)) \(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2))"
    }

    private static func components(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int,
                                                      second: Int) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
