import FoundationEssentials
import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Timestamps")
struct TimestampsTests {
    @Test("Days and date-times in UTC, zero-padded", arguments: [
        (0.0, "1970-01-01", "1970-01-01 00:00:00"),
        (1_400_000_000.9, "2014-05-13", "2014-05-13 16:53:20"),
        (1_735_689_599, "2024-12-31", "2024-12-31 23:59:59"),
        (951_782_400, "2000-02-29", "2000-02-29 00:00:00"),
    ])
    func formats(seconds: Double, day: String, dateTime: String) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(Timestamps.day(date) == day)
        #expect(Timestamps.dateTime(date) == dateTime)
    }

    @Test("Filter times: a day, a minute, a second or a microsecond, with or without the zone the API prints",
          arguments: [
        ("2026-12-06", 1_796_515_200_000_000, 86_400_000_000),
        ("2026-12-06 14:30", 1_796_567_400_000_000, 60_000_000),
        ("2026-12-06T14:30:05", 1_796_567_405_000_000, 1_000_000),
        ("2026-12-06 14:30:05.25", 1_796_567_405_250_000, 1),
        ("2026-12-06 14:30:05+00:00", 1_796_567_405_000_000, 1_000_000),
        ("2026-12-06 14:30:05.123456Z", 1_796_567_405_123_456, 1),
    ])
    func parsesFilterTimes(text: String, microseconds: Int64, span: Int64) throws {
        let parsed = try #require(Timestamps.parseUTC(text))
        #expect(parsed.microseconds == microseconds)
        #expect(parsed.span == span)
    }

    @Test("Other zones and malformed times are refused", arguments: [
        "2026-12-06 14:30:05+01:00", "2026-13-01", "yesterday", "2026-12-06 14:30:05.1234567",
    ])
    func refusesOtherTimes(text: String) {
        #expect(Timestamps.parseUTC(text) == nil)
    }
}
