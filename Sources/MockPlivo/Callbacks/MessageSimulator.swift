import FoundationEssentials

/// Plays the carrier for an inbound SMS: one request to the application's `message_url` with the parameters
/// Plivo documents (seed 003, docs/callbacks.md). Plivo does not retry or fall back for messages, so neither does
/// the mock; a non-2xx or an unreachable URL is recorded as `failed`.
final class MessageSimulator: Sendable {
    let sender: CallbackSender
    let log: SimulationLog
    private let clock: @Sendable () -> Date

    init(sender: CallbackSender, log: SimulationLog, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.sender = sender
        self.log = log
        self.clock = clock
    }

    /// Delivers the message and blocks until the callback completes; the record is also kept in `log`.
    ///
    /// Blocks the calling thread for up to one callback timeout: call it from a thread you own, or use the
    /// `async` or completion-handler variants.
    func simulateMessage(_ request: MessageSimulationRequest) throws(SimulationError) -> SimulationRecord {
        try Self.validate(request)
        let application = request.application

        let messageUUID = request.messageUUID ?? UUID().uuidString.lowercased()
        let startedAt = clock()
        let parameters = Self.messageParameters(for: request, messageUUID: messageUUID)
        let delivery = sender.send(
            .message, to: application.messageURL, method: application.messageMethod, parameters: parameters,
            credentials: CallbackSender.Credentials(authToken: request.authToken, mainAuthToken: request.mainAuthToken))

        let record = SimulationRecord(
            id: messageUUID, kind: .message, applicationID: application.appID, accountID: application.accountID,
            subaccountID: application.subaccountID, callUUID: nil,
            messageUUID: messageUUID, outcome: delivery.attempt.succeeded ? .delivered : .failed, hangupCause: nil,
            callbacks: [delivery.attempt], startedAt: startedAt, finishedAt: clock())
        log.append(record)
        return record
    }

    /// Throws what `simulateMessage` would throw before making the callback, so a caller can answer at once.
    static func validate(_ request: MessageSimulationRequest) throws(SimulationError) {
        guard !request.application.messageURL.isEmpty else {
            throw .noMessageURL(applicationID: request.application.appID)
        }
        guard !request.from.isEmpty else { throw .missingParameter("from") }
        guard !request.to.isEmpty else { throw .missingParameter("to") }
    }

    /// Delivers the message on a simulation thread and calls `completion` there.
    func simulateMessage(
        _ request: MessageSimulationRequest,
        completion: @escaping @Sendable (Result<SimulationRecord, SimulationError>) -> Void
    ) {
        SimulationThreads.shared.run(
            catching: { () throws(SimulationError) in try self.simulateMessage(request) }, completion: completion)
    }

    /// Delivers the message on a simulation thread; suspends without blocking the caller's thread.
    func simulateMessage(_ request: MessageSimulationRequest) async throws(SimulationError) -> SimulationRecord {
        try await SimulationThreads.shared.value(
            catching: { () throws(SimulationError) in try self.simulateMessage(request) })
    }

    /// The `message_url` parameters for an inbound SMS. Inbound messages cost nothing on long codes, hence the
    /// zero rate and amount; `MessageIntent` and `PowerpackUUID` are empty as they are for person-to-app SMS.
    static func messageParameters(for request: MessageSimulationRequest, messageUUID: String) -> [String: String] {
        [
            "From": request.from,
            "To": request.to,
            "Type": "sms",
            "Text": request.text,
            "MessageUUID": messageUUID,
            "Units": String(units(of: request.text)),
            "TotalRate": "0.00000",
            "TotalAmount": "0.00000",
            "MessageIntent": "",
            "PowerpackUUID": "",
        ]
    }

    /// SMS segments the text takes: GSM-7 text fits 160 septets in one part and 153 per part when split
    /// (the rest is the concatenation header), an escape-table character taking two; anything outside GSM-7
    /// goes as UCS-2, 70 and 67 UTF-16 units.
    static func units(of text: String) -> Int {
        var septets = 0
        var isGSM = true
        for scalar in text.unicodeScalars {
            if gsmBasic.contains(scalar) {
                septets += 1
            } else if gsmExtension.contains(scalar) {
                septets += 2
            } else {
                isGSM = false
                break
            }
        }
        let length = isGSM ? septets : text.utf16.count
        let (single, multi) = isGSM ? (160, 153) : (70, 67)
        return length <= single ? 1 : (length + multi - 1) / multi
    }

    /// GSM 03.38 basic character set.
    private static let gsmBasic = Set(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
            + "¿abcdefghijklmnopqrstuvwxyzäöñüà").unicodeScalars)

    /// GSM 03.38 extension table, each sent as an escape plus the character.
    private static let gsmExtension = Set("^{}\\[~]|€\u{0C}".unicodeScalars)
}
