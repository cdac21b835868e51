/// The tokens a callback is signed with (`X-Plivo-Signature-V2`/`-V3` with the owner's, `-Ma-` with the main
/// account's).
public struct CallbackCredentials: Sendable, Equatable {
    public var authToken: String
    public var mainAuthToken: String

    public init(authToken: String, mainAuthToken: String) {
        self.authToken = authToken
        self.mainAuthToken = mainAuthToken
    }
}

/// A request the engine wants made to the user's server, before signing and sending (the port's job).
public struct EngineCallback: Sendable, Equatable {
    /// What the request is for, as the trace names it: `answer`, `hangup`, `message`, `message_status`, ...
    public var kind: String
    public var url: String
    /// `GET` or `POST`.
    public var method: String
    public var parameters: [String: String]
    public var credentials: CallbackCredentials
    /// Whose request it is: the port keeps each account's connections and queues apart.
    public var account: String

    public init(
        kind: String, url: String, method: String, parameters: [String: String], credentials: CallbackCredentials,
        account: String
    ) {
        self.kind = kind
        self.url = url
        self.method = method
        self.parameters = parameters
        self.credentials = credentials
        self.account = account
    }
}

/// What became of a callback: the request as sent, and the answer or why there was none.
public struct CallbackExchange: Sendable, Equatable {
    public var callback: EngineCallback
    /// The URL requested (for GET, with the parameters in its query).
    public var requestURL: String
    public var requestHeaders: [Header]
    public var status: Int?
    public var contentType: String?
    /// The response body, bounded by the port.
    public var body: [UInt8]
    public var bodyTruncated: Bool
    public var error: String?
    /// Real time the exchange took: for the trace, never for the simulated clock.
    public var durationMilliseconds: Int

    public struct Header: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(
        callback: EngineCallback, requestURL: String, requestHeaders: [Header], status: Int?, contentType: String?,
        body: [UInt8], bodyTruncated: Bool, error: String?, durationMilliseconds: Int
    ) {
        self.callback = callback
        self.requestURL = requestURL
        self.requestHeaders = requestHeaders
        self.status = status
        self.contentType = contentType
        self.body = body
        self.bodyTruncated = bodyTruncated
        self.error = error
        self.durationMilliseconds = durationMilliseconds
    }

    /// A 2xx answer.
    public var succeeded: Bool { status.map { (200..<300).contains($0) } ?? false }
}

/// How the engine reaches the user's servers. Never blocks: `completion` runs later, on whatever thread the
/// port uses; the engine posts it back onto its own.
public protocol CallbackPort: Sendable {
    func send(_ callback: EngineCallback, completion: @escaping @Sendable (CallbackExchange) -> Void)
}
