/// A URL the engine requests during a call, with its method: what `answer_url` + `answer_method` and every other
/// URL/method pair of the API and the XML become.
public struct CallURL: Sendable, Equatable {
    public var url: String
    /// `GET` or `POST`.
    public var method: String

    public init(_ url: String, method: String = "POST") {
        self.url = url
        self.method = method.uppercased() == "GET" ? "GET" : "POST"
    }
}
