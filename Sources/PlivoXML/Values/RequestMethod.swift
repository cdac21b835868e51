/// The HTTP method Plivo uses for an element's URL (`method`, `callbackMethod`, ...). Only these two exist in
/// Plivo XML, written in capitals.
public enum RequestMethod: String, Sendable, Equatable, CaseIterable, AttributeChoice {
    case get = "GET"
    case post = "POST"
}
