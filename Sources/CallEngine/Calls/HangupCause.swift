/// Why a call ended, as Plivo reports it: the code and name of its hangup-cause table, the raw telephony cause
/// (`HangupCause`), who ended it (`HangupSource`), and the status an unanswered outbound call ends with.
public struct HangupCause: Sendable, Equatable {
    public let code: Int
    public let name: String
    /// The raw telephony cause (`NORMAL_CLEARING`, `USER_BUSY`, ...).
    public let telephonyCause: String
    public var source: String

    public init(code: Int, name: String, telephonyCause: String, source: String) {
        self.code = code
        self.name = name
        self.telephonyCause = telephonyCause
        self.source = source
    }

    public func from(_ source: String) -> HangupCause {
        var copy = self
        copy.source = source
        return copy
    }

    public static let canceled = HangupCause(code: 1000, name: "Canceled", telephonyCause: "ORIGINATOR_CANCEL", source: "API Request")
    public static let outOfCredits = HangupCause(code: 1010, name: "Canceled (Out Of Credits)", telephonyCause: "ORIGINATOR_CANCEL", source: "Plivo")
    public static let invalidDestination = HangupCause(code: 2000, name: "Invalid Destination Address", telephonyCause: "UNALLOCATED_NUMBER", source: "Plivo")
    public static let endpointNotRegistered = HangupCause(code: 2020, name: "Endpoint Not Registered", telephonyCause: "USER_NOT_REGISTERED", source: "Plivo")
    public static let busy = HangupCause(code: 3010, name: "Busy Line", telephonyCause: "USER_BUSY", source: "Callee")
    public static let rejected = HangupCause(code: 3020, name: "Rejected", telephonyCause: "CALL_REJECTED", source: "Callee")
    public static let noAnswer = HangupCause(code: 3000, name: "No Answer", telephonyCause: "NO_ANSWER", source: "Callee")
    public static let normal = HangupCause(code: 4000, name: "Normal Hangup", telephonyCause: "NORMAL_CLEARING", source: "Callee")
    public static let endOfXML = HangupCause(code: 4010, name: "End Of XML Instructions", telephonyCause: "NORMAL_CLEARING", source: "Plivo")
    /// `<Hangup/>` in the document.
    public static let answerXML = HangupCause(code: 4000, name: "Normal Hangup", telephonyCause: "NORMAL_CLEARING", source: "Answer XML")
    public static let networkError = HangupCause(code: 5000, name: "Network Error", telephonyCause: "NETWORK_OUT_OF_ORDER", source: "Carrier")
    public static let scheduled = HangupCause(code: 6000, name: "Scheduled Hangup", telephonyCause: "ALLOTTED_TIMEOUT", source: "Plivo")
    public static let ringTimeout = HangupCause(code: 6010, name: "Ring Timeout Reached", telephonyCause: "NO_ANSWER", source: "Plivo")
    public static let errorReachingAnswerURL = HangupCause(code: 7011, name: "Error Reaching Answer URL", telephonyCause: "NORMAL_TEMPORARY_FAILURE", source: "Error")
    public static let errorReachingActionURL = HangupCause(code: 7012, name: "Error Reaching Action URL", telephonyCause: "NORMAL_TEMPORARY_FAILURE", source: "Error")
    public static let errorReachingTransferURL = HangupCause(code: 7013, name: "Error Reaching Transfer URL", telephonyCause: "NORMAL_TEMPORARY_FAILURE", source: "Error")
    public static let errorReachingRedirectURL = HangupCause(code: 7014, name: "Error Reaching Redirect URL", telephonyCause: "NORMAL_TEMPORARY_FAILURE", source: "Error")
    public static let invalidAnswerXML = HangupCause(code: 8011, name: "Invalid Answer XML", telephonyCause: "NORMAL_TEMPORARY_FAILURE", source: "Error")
    public static let invalidActionXML = HangupCause(code: 8012, name: "Invalid Action XML", telephonyCause: "NORMAL_TEMPORARY_FAILURE", source: "Error")
    public static let invalidTransferXML = HangupCause(code: 8013, name: "Invalid Transfer XML", telephonyCause: "NORMAL_TEMPORARY_FAILURE", source: "Error")
    public static let invalidRedirectXML = HangupCause(code: 8014, name: "Invalid Redirect XML", telephonyCause: "NORMAL_TEMPORARY_FAILURE", source: "Error")
    /// Another leg of the same `<Dial>` answered first.
    public static let lostRace = HangupCause(code: 9000, name: "Lost Race", telephonyCause: "LOSE_RACE", source: "Plivo")
    public static let machineDetected = HangupCause(code: 9100, name: "Machine Detected", telephonyCause: "NORMAL_CLEARING", source: "Plivo")
}
