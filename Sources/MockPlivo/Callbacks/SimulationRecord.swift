import CallEngine
import FoundationEssentials

/// The result of one simulated inbound call or message: every callback made, in order, and how it ended.
/// Returned to the caller and kept in the `SimulationLog` for later inspection.
struct SimulationRecord: Sendable, Equatable {
    enum Kind: String, Sendable {
        case call
        case message
    }

    /// How the simulation ended, as a user would describe it.
    enum Outcome: String, Sendable {
        /// The answer URL returned Plivo XML.
        case answered
        /// The answer URL failed and the fallback answer URL returned Plivo XML.
        case answeredByFallback = "answered_by_fallback"
        /// Neither URL produced Plivo XML; the call was dropped with an error cause.
        case disconnected
        /// The message URL answered 2xx.
        case delivered
        /// The message URL failed or answered non-2xx.
        case failed
    }

    /// The identifier to look the record up by: the call UUID or the message UUID.
    var id: String
    var kind: Kind
    var applicationID: String
    /// The main account (`MA…`) of the application, so the inspection routes show a record only to the
    /// accounts that can see the application it was made on.
    var accountID: String
    /// The subaccount (`SA…`) owning the application, if any.
    var subaccountID: String?
    var callUUID: String?
    var messageUUID: String?
    var outcome: Outcome
    /// Why the call ended; nil for messages.
    var hangupCause: HangupCause?
    var callbacks: [CallbackAttempt]
    var startedAt: Date
    var finishedAt: Date

    /// The callbacks of one kind, in the order they were made.
    func callbacks(_ kind: CallbackAttempt.Kind) -> [CallbackAttempt] {
        callbacks.filter { $0.kind == kind }
    }
}
