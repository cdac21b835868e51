import Testing

@testable import PlivoCatalog

@Suite("Recording storage billing")
struct RecordingStorageTests {
    static let day: Int64 = 86_400_000_000

    /// Microseconds since the epoch of a UTC midnight, counted here without the calendar code under test.
    static func midnight(_ year: Int, _ month: Int, _ day: Int) -> Int64 {
        let lengths = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        func length(_ y: Int) -> Int { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 366 : 365 }
        var days = 0
        for y in min(year, 1970)..<max(year, 1970) { days += year >= 1970 ? length(y) : -length(y) }
        days += lengths.prefix(month - 1).reduce(0, +) + day - 1
        return Int64(days) * Self.day
    }

    @Test("A recording is billed by the nearest minute, half a minute up, and at least one", arguments: [
        (0, 60), (1_000_000, 60), (29_999_999, 60), (50_000_000, 60), (89_999_999, 60), (90_000_000, 120),
        (119_000_000, 120), (150_000_000, 180), (345_100_000, 360),
    ] as [(Int64, Int)])
    func rounding(microseconds: Int64, seconds: Int) {
        #expect(RecordingStorage.roundedSeconds(microseconds: microseconds) == seconds)
    }

    @Test("Storage days start at 1 and count each 24 hours after add_time")
    func storageDays() {
        let added = Self.midnight(2025, 3, 16) + 3_600_000_000
        #expect(RecordingStorage.storageDays(addedAt: added, now: added) == 1)
        #expect(RecordingStorage.storageDays(addedAt: added, now: added + Self.day - 1) == 1)
        #expect(RecordingStorage.storageDays(addedAt: added, now: added + Self.day) == 2)
        #expect(RecordingStorage.storageDays(addedAt: added, now: added - Self.day) == 1)
    }

    @Test("Plivo's example: three recordings of March 16 are first charged by the June run, at 0.0004 a minute")
    func supportArticleExample() {
        let added = Self.midnight(2025, 3, 16) + 10 * 3_600_000_000
        let beforeJuneRun = Self.midnight(2025, 6, 30) + 12 * 3_600_000_000
        let afterJuneRun = Self.midnight(2025, 7, 1) + 1
        for (seconds, charge) in [(50_000_000, 40), (119_000_000, 80), (150_000_000, 120)] as [(Int64, Int64)] {
            let rounded = RecordingStorage.roundedSeconds(microseconds: seconds)
            #expect(RecordingStorage.monthlyAmount(
                rate: RecordingStorage.rate, roundedSeconds: rounded, addedAt: added, now: beforeJuneRun) == .zero)
            #expect(RecordingStorage.monthlyAmount(
                rate: RecordingStorage.rate, roundedSeconds: rounded, addedAt: added, now: afterJuneRun)
                == Money(units: charge))
        }
    }

    @Test("A month's run charges what was kept 90 days or more when the month ended")
    func ninetyDays() {
        let run = Self.midnight(2025, 4, 1)
        let rate = RecordingStorage.rate
        #expect(RecordingStorage.monthlyAmount(rate: rate, roundedSeconds: 60, addedAt: run - 90 * Self.day, now: run)
            == rate)
        #expect(RecordingStorage.monthlyAmount(rate: rate, roundedSeconds: 60, addedAt: run - 90 * Self.day + 1, now: run)
            == .zero)
        #expect(RecordingStorage.monthlyAmount(rate: rate, roundedSeconds: 60, addedAt: run - 90 * Self.day, now: run - 1)
            == .zero)
    }

    @Test("The start of a month, across leap days, year ends and before 1970")
    func startOfMonth() {
        for (year, month, day) in [(2024, 2, 29), (2024, 12, 31), (2025, 1, 1), (2000, 3, 1), (1969, 12, 31), (2100, 2, 28)] {
            let time = Self.midnight(year, month, day) + 5
            #expect(RecordingStorage.startOfMonth(containing: time) == Self.midnight(year, month, 1), "\(year)-\(month)-\(day)")
        }
    }
}
