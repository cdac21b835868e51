import FoundationEssentials
import PlivoSupport

/// Plivo's callback timestamps, always UTC: `2020-04-08 11:34:33` for `StartTime`/`AnswerTime`/`EndTime`, and
/// with microseconds (`2020-04-08 11:34:33.238707`) for `SessionStart`, as in the SDK test vector.
///
/// The date and time are ``Timestamps/dateTime(_:)``'s; only the microseconds are added here.
enum PlivoTimestamp {
    static func string(from date: Date, microseconds: Bool = false) -> String {
        let text = Timestamps.dateTime(date)
        guard microseconds else { return text }
        let interval = date.timeIntervalSince1970
        let fraction = String(min(Int((interval - interval.rounded(.down)) * 1_000_000), 999_999))
        return text + "." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }
}
