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

    /// `"131031145958"` (`yyMMddHHmmss`), the creation time Plivo appends to an endpoint's username
    /// (plivo-python's `endpointCreateResponse.json`: `zumba131031145958`).
    package static func compact(_ date: Date) -> String {
        var text = dateTime(date).utf8.filter { (0x30...0x39).contains($0) }
        text.removeFirst(2)  // the century
        return String(decoding: text, as: UTF8.self)
    }

    /// Microseconds since the epoch of a UTC time written `2026-12-06`, `2026-12-06 12:00`, `2026-12-06 12:00:05`
    /// or `2026-12-06 12:00:05.123456` (a `T` may stand for the space), with how long the written precision spans
    /// (a day, a minute, a second, a microsecond): what list filters such as `message_time__gte` take. Nil for
    /// anything else. A time may end in `+00:00` or `Z`, so that a time the API printed can be filtered on as it is.
    package static func parseUTC(_ text: String) -> (microseconds: Int64, span: Int64)? {
        var bytes = Array(text.utf8)
        if bytes.count > 16 {
            if bytes.last == UInt8(ascii: "Z") {
                bytes.removeLast()
            } else if bytes.suffix(6).elementsEqual("+00:00".utf8) {
                bytes.removeLast(6)
            }
        }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, range.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) else { return nil }
            return range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        var span: Int64 = 86_400_000_000
        var fraction: Int64 = 0
        if bytes.count > 10 {
            guard bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T"), bytes.count >= 16,
                  bytes[13] == UInt8(ascii: ":"), let hour = number(11..<13), let minute = number(14..<16),
                  hour < 24, minute < 60
            else { return nil }
            parts.tm_hour = Int32(hour)
            parts.tm_min = Int32(minute)
            span = 60_000_000
            if bytes.count > 16 {
                guard bytes[16] == UInt8(ascii: ":"), let second = number(17..<19), second < 61 else { return nil }
                parts.tm_sec = Int32(second)
                span = 1_000_000
                if bytes.count > 19 {
                    guard bytes[19] == UInt8(ascii: "."), bytes.count > 20, bytes.count <= 26,
                          let digits = number(20..<bytes.count)
                    else { return nil }
                    fraction = Int64(digits) * Int64([1, 100_000, 10_000, 1_000, 100, 10, 1][bytes.count - 20])
                    span = 1
                }
            }
        }
        let seconds = Int64(timegm(&parts))
        return (seconds * 1_000_000 + fraction, span)
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
