import CallEngine
import PlivoStore
import PlivoSupport

/// A call's `<Message>` sends through the messages API's own code: the same validation of the source, pricing,
/// debit, handsets and status reports as `POST …/Message/`. A refusal is the API's message, for the trace.
struct CallMessagingAdapter: CallMessagingPort {
    let sending: MessageSending

    func send(
        text: String, from source: String, to destinations: [String], statusURL: CallURL?,
        accountID: String, subaccountID: String?,
        completion: @escaping @Sendable (Result<[String], CallMessagingError>) -> Void
    ) {
        let request = MessageSendRequest(
            source: source.hasPrefix("+") ? String(source.dropFirst()) : source,
            destinations: destinations.map { $0.hasPrefix("+") ? String($0.dropFirst()) : $0 }, text: text,
            type: "sms", statusURL: statusURL?.url, statusMethod: statusURL?.method ?? "POST", log: true,
            mediaURLs: [])
        do {
            guard text.utf8.count <= MessageSendRequest.maxTextBytes else {
                throw PlivoError.invalid("text", "must be at most \(MessageSendRequest.maxTextBytes) bytes of UTF-8")
            }
            switch try sending.send(request, in: AccountScope(mainAccountID: accountID, subaccountID: subaccountID)) {
            case .committed(let uuids):
                completion(.success(uuids))
            case .queued(let ticket):
                ticket.onCompletion { result in
                    completion(result.mapError { CallMessagingError(Self.describe($0)) })
                }
            }
        } catch {
            completion(.failure(CallMessagingError(Self.describe(error))))
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? PlivoError { return error.message }
        if let error = error as? StoreError, let plivo = error.plivoError { return plivo.message }
        return "\(error)"
    }
}
