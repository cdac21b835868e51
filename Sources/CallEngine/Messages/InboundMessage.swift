/// A message a handset sent to a number an account holds: stored as `inbound`, then delivered to the number's
/// application's `message_url`.
public struct InboundMessage: Sendable, Equatable {
    public var uuid: String
    public var from: String
    public var to: String
    /// The text as stored: empty when the application does not log incoming messages (its text still reaches
    /// `message_url`).
    public var storedText: String
    public var text: String
    public var units: Int
    public var receivedAt: SimulatedTime
    public var destination: NumberDestination

    public init(
        uuid: String, from: String, to: String, text: String, units: Int, receivedAt: SimulatedTime,
        destination: NumberDestination
    ) {
        self.uuid = uuid
        self.from = from
        self.to = to
        self.text = text
        self.storedText = destination.logIncomingMessages ? text : ""
        self.units = units
        self.receivedAt = receivedAt
        self.destination = destination
    }
}
