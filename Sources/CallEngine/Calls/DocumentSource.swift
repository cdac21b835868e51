/// Why the engine fetches a document: which URL it is decides the request's `Event` and the hangup cause when
/// the URL fails (Plivo's 7011–7014 and 8011–8014).
public enum DocumentSource: String, Sendable {
    case answer
    case fallback
    case redirect
    case transfer
    /// A verb's `action` with `redirect="true"`.
    case action

    var event: String? {
        switch self {
        case .answer, .fallback: "StartApp"
        case .transfer: "Transfer"
        case .redirect, .action: nil
        }
    }

    /// The cause when the URL cannot be reached, answers non-2xx or times out.
    var unreachableCause: HangupCause {
        switch self {
        case .answer, .fallback: .errorReachingAnswerURL
        case .redirect: .errorReachingRedirectURL
        case .transfer: .errorReachingTransferURL
        case .action: .errorReachingActionURL
        }
    }

    /// The cause when it answers with something that is not a valid Plivo XML document.
    var invalidCause: HangupCause {
        switch self {
        case .answer, .fallback: .invalidAnswerXML
        case .redirect: .invalidRedirectXML
        case .transfer: .invalidTransferXML
        case .action: .invalidActionXML
        }
    }
}
