/// What the API shows of a call that has not ended: `GET …/Call/{uuid}/?status=live` (or `queued`).
public struct LiveCall: Sendable, Equatable {
    public var callUUID: String
    public var requestUUID: String?
    public var accountID: String
    public var subaccountID: String?
    public var direction: CallDirection
    public var from: String
    public var to: String
    public var callerName: String
    /// `queued`, `ringing` or `in-progress`.
    public var status: CallStatus
    /// When the call entered the engine.
    public var sessionStart: SimulatedTime
    public var answeredAt: SimulatedTime?
    /// The call that made this one: a Dial's A leg, or the API's `parent_call_uuid`. The CDR keeps it too;
    /// while the call runs, the console links a B leg to its A leg with it.
    public var parentCallUUID: String? = nil

    /// Whether an account asking as `mainAccountID` (and `subaccountID`, for a subaccount) may see it.
    public func isVisible(toMainAccount mainAccountID: String, subaccount subaccountID: String?) -> Bool {
        accountID == mainAccountID && (subaccountID == nil || self.subaccountID == subaccountID)
    }
}
