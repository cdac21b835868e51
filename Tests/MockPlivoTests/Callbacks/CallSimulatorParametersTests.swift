import FoundationEssentials
import Testing
@testable import MockPlivo

extension CallbackTests {
    /// The hangup parameters' money and durations, computed without a server.
    @Suite struct CallSimulatorParametersTests {
        @Test("Bills every started minute at the rate", arguments: [(42, "60", "0.00850"), (60, "60", "0.00850"), (125, "180", "0.02550"), (86_400, "86400", "12.24000")])
        func billsEveryStartedMinuteAtTheRate(duration: Int, billDuration: String, totalCost: String) {
            let start = Date(timeIntervalSince1970: 1_700_000_000)
            let parameters = CallSimulator.hangupParameters(
                answerParameters: [:], cause: .normalHangup, startedAt: start, answeredAt: start, durationSeconds: duration)
            #expect(parameters["BillDuration"] == billDuration)
            #expect(parameters["TotalCost"] == totalCost)
        }

        @Test("An unanswered call costs nothing")

        func anUnansweredCallCostsNothing() {
            let start = Date(timeIntervalSince1970: 1_700_000_000)
            let parameters = CallSimulator.hangupParameters(
                answerParameters: [:], cause: .errorReachingAnswerURL, startedAt: start, answeredAt: nil, durationSeconds: 42)
            #expect(parameters["TotalCost"] == "0.00000")
            #expect(parameters["AnswerTime"] == "")
        }

        @Test("Prints fixed point as percent f would")

        func printsFixedPointAsPercentFWould() {
            #expect(CallSimulator.billRate == "0.00850")
            #expect(CallSimulator.fixedPoint(123_456, places: 2) == "1234.56")
            #expect(CallSimulator.fixedPoint(-5, places: 3) == "-0.005")
            #expect(CallSimulator.fixedPoint(7, places: 0) == "7")
        }
    }
}
