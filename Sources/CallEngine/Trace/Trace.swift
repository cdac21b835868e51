/// What happened to one message or call, in simulated-time order: state changes, each request made to the user's
/// servers and what came back, and (for calls) the XML fetched and each verb run. The control API serves it and
/// the console draws it.
public struct Trace: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case message, call
    }

    public struct Entry: Sendable, Equatable {
        public var time: SimulatedTime
        /// A short name: `queued`, `sent`, `callback`, `xml`, `verb Speak`, ...
        public var event: String
        /// Details worth showing, as text.
        public var details: [(String, String)]
        public var exchange: CallbackExchange?

        public init(time: SimulatedTime, event: String, details: [(String, String)] = [], exchange: CallbackExchange? = nil) {
            self.time = time
            self.event = event
            self.details = details
            self.exchange = exchange
        }

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.time == rhs.time && lhs.event == rhs.event && lhs.exchange == rhs.exchange
                && lhs.details.elementsEqual(rhs.details) { $0 == $1 }
        }
    }

    public var id: String
    public var kind: Kind
    public var accountID: String
    public var subaccountID: String?
    public var entries: [Entry]

    public init(id: String, kind: Kind, accountID: String, subaccountID: String?, entries: [Entry] = []) {
        self.id = id
        self.kind = kind
        self.accountID = accountID
        self.subaccountID = subaccountID
        self.entries = entries
    }
}
