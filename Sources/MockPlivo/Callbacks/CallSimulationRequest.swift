import PlivoStore

/// The inputs of a simulated inbound call: which application answers it, with which account tokens, and what
/// the phone network would tell it about the caller.
struct CallSimulationRequest: Sendable {
    var application: Application
    /// Token of the account or subaccount that owns `application`.
    var authToken: String
    /// Token of the main account (the same as `authToken` when the application is not a subaccount's).
    var mainAuthToken: String
    /// The caller's number, E.164 without `+` as Plivo sends it.
    var from: String
    /// The Plivo number (or SIP URI) called.
    var to: String
    /// Set for forwarded calls only, as Plivo sends `ForwardedFrom` only then.
    var forwardedFrom: String?
    /// How long the answered call lasts, in seconds: reported as `Duration`, not waited for.
    var durationSeconds: Int
    /// The UUID to use; nil generates one.
    var callUUID: String?

    init(
        application: Application, authToken: String, mainAuthToken: String, from: String, to: String,
        forwardedFrom: String? = nil, durationSeconds: Int = 5, callUUID: String? = nil
    ) {
        self.application = application
        self.authToken = authToken
        self.mainAuthToken = mainAuthToken
        self.from = from
        self.to = to
        self.forwardedFrom = forwardedFrom
        self.durationSeconds = durationSeconds
        self.callUUID = callUUID
    }
}
