/// One `name=value` of a list attribute such as Dial's `sipHeaders` or Stream's `extraHeaders`, in written order.
public struct NameValuePair: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
