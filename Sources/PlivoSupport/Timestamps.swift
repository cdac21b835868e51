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
