/// What keeping a recording costs, as Plivo bills it (`docs/recordings.md`, "Billing").
///
/// Plivo charges storage per minute of recording per month, at 0.0004 a minute, on the last day of each calendar
/// month, and only for recordings stored more than 90 days by then (support.plivo.com, "How can I track recording
/// storage charges?"). The Recording object shows the pieces: `rounded_recording_duration` (seconds, to the
/// nearest minute, at least one), `recording_storage_duration` (days, 1 on the day it was added),
/// `recording_storage_rate`, and `monthly_recording_storage_amount`, the charge of the latest month's run.
///
/// Times are microseconds since the epoch on the engine's clock; months are UTC calendar months.
public enum RecordingStorage {
    /// Per minute of recording per month: the rate every captured Recording object shows.
    public static let rate = Money(units: 40)
    /// Days a recording is kept free: a month's run charges only those stored longer.
    public static let freeDays: Int64 = 90

    static let microsecondsPerDay: Int64 = 86_400_000_000

    /// `rounded_recording_duration`: the length to the nearest minute (half a minute rounds up), at least 60.
    public static func roundedSeconds(microseconds: Int64) -> Int {
        let minutes = (max(microseconds, 0) + 30_000_000) / 60_000_000
        return Int(max(minutes, 1) * 60)
    }

    /// `recording_storage_duration`: 1 on the day it was added, one more every 24 hours after.
    public static func storageDays(addedAt added: Int64, now: Int64) -> Int {
        Int(max(now - added, 0) / microsecondsPerDay + 1)
    }

    /// `monthly_recording_storage_amount`: what the latest monthly run charged, the rate times the rounded
    /// minutes if the recording had been kept more than ``freeDays`` when the month ended, else zero. The latest
    /// run is the end of the month before the one `now` is in.
    public static func monthlyAmount(rate: Money, roundedSeconds: Int, addedAt added: Int64, now: Int64) -> Money {
        let run = startOfMonth(containing: now)
        guard run - added >= freeDays * microsecondsPerDay else { return .zero }
        return rate * (roundedSeconds / 60)
    }

    /// The first microsecond of the UTC calendar month `time` falls in.
    static func startOfMonth(containing time: Int64) -> Int64 {
        let day = time >= 0 ? time / microsecondsPerDay : (time + 1) / microsecondsPerDay - 1
        return (day - Int64(dayOfMonth(daysSinceEpoch: day)) + 1) * microsecondsPerDay
    }

    /// The day of the month of a day counted from 1970-01-01, in the proleptic Gregorian calendar: Howard
    /// Hinnant's `civil_from_days` (https://howardhinnant.github.io/date_algorithms.html), days only.
    static func dayOfMonth(daysSinceEpoch days: Int64) -> Int {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        return Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
    }
}
