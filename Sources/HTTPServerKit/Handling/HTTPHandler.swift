/// Handles the requests of one route. Handlers throw freely: errors conforming to ``HTTPResponseError`` render
/// themselves, anything else becomes a logged `500`.
public protocol HTTPHandler: Sendable {
    func handle(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse
}

/// A handler made from a closure.
public struct HTTPClosureHandler: HTTPHandler {
    let body: @Sendable (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse

    /// Wraps `body`.
    public init(_ body: @escaping @Sendable (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse) {
        self.body = body
    }

    public func handle(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try body(request, context)
    }
}

/// What the router knows about a request besides its bytes: the matched route and its parameters.
public struct HTTPRequestContext: Sendable {
    /// Route parameters, percent-decoded.
    public var parameters: HTTPRouteParameters
    /// The pattern that matched, such as `"GET /v1/Account/:authID/Application/"`; nil when no route matched.
    public var route: String?
    public var connection: HTTPConnectionInfo
    @usableFromInline var values = HTTPContextValues()

    /// Values middleware attaches for the handlers behind it (an authenticated account, say), keyed by type so
    /// that two modules cannot collide and every read is typed.
    @inlinable
    public subscript<Key: HTTPContextKey>(key: Key.Type) -> Key.Value? {
        get { values[key] }
        set { values[key] = newValue }
    }

    /// Creates a context.
    public init(parameters: HTTPRouteParameters = HTTPRouteParameters(), route: String? = nil, connection: HTTPConnectionInfo) {
        self.parameters = parameters
        self.route = route
        self.connection = connection
    }
}

/// A key for a value stored in an ``HTTPRequestContext``.
public protocol HTTPContextKey {
    associatedtype Value: Sendable
}

/// The named values captured by `:name` segments of a route.
public struct HTTPRouteParameters: Sendable, Equatable {
    private var values: [(name: String, value: String)] = []

    /// Creates an empty set.
    public init() {}

    /// The value captured for `name`.
    public subscript(name: String) -> String? {
        values.first { $0.name == name }?.value
    }

    mutating func append(name: String, value: String) {
        values.append((name, value))
    }

    mutating func removeLast() {
        values.removeLast()
    }

    public static func == (lhs: HTTPRouteParameters, rhs: HTTPRouteParameters) -> Bool {
        lhs.values.elementsEqual(rhs.values) { $0.name == $1.name && $0.value == $1.value }
    }
}
