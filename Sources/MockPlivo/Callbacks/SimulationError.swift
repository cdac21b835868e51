/// Why a simulation could not start. Thrown before any callback is made, so the HTTP layer can answer 400
/// without side effects.
enum SimulationError: Error, Sendable, Equatable {
    /// The application has an empty `answer_url`: an inbound call has nowhere to go.
    case noAnswerURL(applicationID: String)
    /// The application has an empty `message_url`: an inbound message has nowhere to go.
    case noMessageURL(applicationID: String)
    /// A required simulation input is empty (`from`, `to`).
    case missingParameter(String)

    /// Text for the `error` field of the API's error envelope.
    var message: String {
        switch self {
        case .noAnswerURL(let id): "application \(id) has no answer_url"
        case .noMessageURL(let id): "application \(id) has no message_url"
        case .missingParameter(let name): "\(name) is required"
        }
    }
}
