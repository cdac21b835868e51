/// The hangup parameters that say why a simulated call ended, using Plivo's published causes
/// (docs.plivo.com/docs/voice/troubleshooting/hangup-causes): a numeric `HangupCauseCode`, its
/// `HangupCauseName`, the `HangupSource`, and the telephony-level `HangupCause` (a Q.850 name, as FreeSWITCH
/// reports it, which is what Plivo passes through).
struct HangupCause: Sendable, Equatable {
    var name: String
    var code: Int
    var source: String
    var telephonyCause: String

    /// The caller and the application talked and the call ended normally.
    static let normalHangup = HangupCause(
        name: "Normal Hangup", code: 4000, source: "Callee", telephonyCause: "NORMAL_CLEARING")

    /// The answer document itself hung up (`<Hangup/>`).
    static let hungUpByAnswerXML = HangupCause(
        name: "Normal Hangup", code: 4000, source: "Answer XML", telephonyCause: "NORMAL_CLEARING")

    /// Neither the answer URL nor the fallback gave a usable response: unreachable, timed out or non-2xx.
    /// Plivo reports that as 7011 with source Error.
    static let errorReachingAnswerURL = HangupCause(
        name: "Error Reaching Answer URL", code: 7011, source: "Error",
        telephonyCause: "NORMAL_TEMPORARY_FAILURE")

    /// The last URL answered 2xx but with something that is not Plivo XML (8011 in Plivo's table).
    static let invalidAnswerXML = HangupCause(
        name: "Invalid Answer XML", code: 8011, source: "Error", telephonyCause: "NORMAL_TEMPORARY_FAILURE")

    /// The parameters as they appear in the hangup callback.
    var parameters: [String: String] {
        [
            "HangupCauseName": name,
            "HangupCauseCode": String(code),
            "HangupSource": source,
            "HangupCause": telephonyCause,
        ]
    }
}
