/// Who started a call: the account through the API (`outbound`), or an outside phone calling one of its numbers
/// or endpoints (`inbound`).
public enum CallDirection: String, Sendable {
    case inbound
    case outbound
}
