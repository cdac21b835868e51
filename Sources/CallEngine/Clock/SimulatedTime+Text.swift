#if canImport(Glibc)
    import Glibc
#endif

extension SimulatedTime {
    /// `2024-08-21 18:28:49.244057`, UTC: how Plivo prints times in callbacks.
    public var plivoText: String {
        let seconds = microseconds >= 0 ? microseconds / 1_000_000 : (microseconds - 999_999) / 1_000_000
        let fraction = microseconds - seconds * 1_000_000
        return Self.dateTime(seconds) + "." + Self.padded(fraction, 6)
    }

    /// `2024-08-21 18:28:49.244057+00:00`: how the Message object prints `message_sent_time`.
    public var plivoTextWithZone: String { plivoText + "+00:00" }

    /// `2017-05-22 21:36:14+00:00`: how the Message object prints `message_time`.
    public var plivoSecondsWithZone: String {
        Self.dateTime(microseconds >= 0 ? microseconds / 1_000_000 : (microseconds - 999_999) / 1_000_000) + "+00:00"
    }

    /// `2024-08-21 18:28:49`: how the Call object prints times.
    public var plivoSeconds: String {
        Self.dateTime(microseconds >= 0 ? microseconds / 1_000_000 : (microseconds - 999_999) / 1_000_000)
    }

    private static func dateTime(_ seconds: Int64) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return padded(Int64(parts.tm_year) + 1900, 4) + "-" + padded(Int64(parts.tm_mon) + 1, 2) + "-"
            + padded(Int64(parts.tm_mday), 2) + " " + padded(Int64(parts.tm_hour), 2) + ":"
            + padded(Int64(parts.tm_min), 2) + ":" + padded(Int64(parts.tm_sec), 2)
    }

    private static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension SimulatedDuration {
    /// `3.2`, `0.45`, `60`: seconds with as many decimals as it needs, to the millisecond (for traces).
    public var secondsText: String {
        let milliseconds = microseconds / 1_000
        let whole = String(milliseconds / 1_000)
        var fraction = String(abs(milliseconds % 1_000))
        guard fraction != "0" else { return whole }
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return whole + "." + fraction
    }
}
