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
}
