#if canImport(Glibc)
    import Glibc
#endif
import FoundationEssentials

/// The date and time texts Plivo prints, always in UTC.
///
/// Built with `gmtime_r` rather than a `DateFormatter`: these run on write paths and need no locale.
package enum Timestamps {
    /// `"2017-05-22"`, as in a subaccount's `created` and `modified`.
    package static func day(_ date: Date) -> String {
        format(date, withTime: false)
    }

    /// `"2014-07-21 19:26:08"`, as in an endpoint's `sip_expires`.
    package static func dateTime(_ date: Date) -> String {
        format(date, withTime: true)
    }

    /// `day(date)` a calendar month later, the day clamped to that month's length (Jan 31 → Feb 28 or 29): a
    /// number's `renewal_date`, as Plivo shows `"2014-03-14"` for one added on `"2014-02-14"`.
    package static func dayOneMonthLater(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var year = Int(parts.tm_year) + 1900
        var month = Int(parts.tm_mon) + 2
        if month > 12 {
            month = 1
            year += 1
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let day = min(Int(parts.tm_mday), lengths[month - 1])
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// Digits written straight into the string's storage: every create stamps its row with one.
    private static func format(_ date: Date, withTime: Bool) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var fields: [(value: Int32, width: Int, separator: UInt8)] = [
            (parts.tm_year + 1900, 4, 0), (parts.tm_mon + 1, 2, UInt8(ascii: "-")), (parts.tm_mday, 2, UInt8(ascii: "-")),
        ]
        if withTime {
            fields += [(parts.tm_hour, 2, UInt8(ascii: " ")), (parts.tm_min, 2, UInt8(ascii: ":")),
                       (parts.tm_sec, 2, UInt8(ascii: ":"))]
        }
        return String(unsafeUninitializedCapacity: 19) { buffer in
            var position = 0
            for field in fields {
                if field.separator != 0 {
                    buffer[position] = field.separator
                    position += 1
                }
                var value = max(field.value, 0)
                for offset in stride(from: field.width - 1, through: 0, by: -1) {
                    buffer[position + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                position += field.width
            }
            return position
        }
    }
}
