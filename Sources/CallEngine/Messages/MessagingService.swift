import PlivoCatalog

/// Carries messages through their lives on the engine: an outbound message from `queued` to its final state as
/// its destination handset decides, with a status report to `url` at each step; and inbound messages (a
/// handset's reply, or one a test sends) to the number's application's `message_url`.
///
/// The API stores a message as `queued` before it answers; from then on only the engine changes it, recording
/// each change for the store (``EngineChange``).
public final class MessagingService: Sendable {
    let engine: EngineLoop
    let callbacks: any CallbackPort
    let store: any EngineStore
    public let traces: TraceBook
    /// Makes the UUIDs of the messages handsets send (replies).
    let makeUUID: @Sendable () -> String

    public init(
        engine: EngineLoop, callbacks: any CallbackPort, store: any EngineStore, traces: TraceBook,
        makeUUID: @escaping @Sendable () -> String
    ) {
        self.engine = engine
        self.callbacks = callbacks
        self.store = store
        self.traces = traces
        self.makeUUID = makeUUID
    }

    /// Starts each message's life at its `queuedAt`.
    public func queue(_ messages: [OutboundMessage]) {
        for message in messages {
            traces.open(Trace(id: message.uuid, kind: .message, accountID: message.accountID,
                              subaccountID: message.subaccountID))
            // One sequence per message: its reports reach the user's server in the order of its states.
            let reports = message.statusURL == nil ? nil : CallbackSequence(port: callbacks)
            engine.post(account: message.engineAccount, at: message.queuedAt) { [self] turn in
                trace(message.uuid, turn.time, "queued", [("to", message.to), ("units", String(message.units))])
                report(message, state: .queued, errorCode: nil, sentTime: nil, via: reports, turn: turn)
                turn.schedule(after: message.behaviour.sentAfter) { [self] turn in leaveQueue(message, reports, turn) }
            }
        }
    }

    /// A handset sends `text` to a number an account holds: stored as inbound, then posted to `message_url`.
    public func receive(_ message: InboundMessage) {
        let destination = message.destination
        traces.open(Trace(id: message.uuid, kind: .message, accountID: destination.accountID,
                          subaccountID: destination.subaccountID))
        engine.post(account: destination.accountID, at: message.receivedAt) { [self] turn in
            deliverInbound(message, turn)
        }
    }

    // MARK: On the engine thread

    private func leaveQueue(_ message: OutboundMessage, _ reports: CallbackSequence?, _ turn: EngineTurn) {
        let behaviour = message.behaviour
        switch behaviour.outcome {
        case .failed, .rejected:
            let state: MessageState = behaviour.outcome == .failed ? .failed : .rejected
            change(message, to: state, errorCode: behaviour.effectiveErrorCode, sentTime: nil, via: reports, turn: turn)
        case .delivered, .undelivered:
            let sentTime = turn.time
            change(message, to: .sent, errorCode: nil, sentTime: sentTime, via: reports, turn: turn)
            turn.schedule(after: behaviour.deliveredAfter) { [self] turn in
                let state: MessageState = behaviour.outcome == .delivered ? .delivered : .undelivered
                change(
                    message, to: state, errorCode: behaviour.effectiveErrorCode, sentTime: sentTime, via: reports,
                    turn: turn)
                if state == .delivered, let reply = behaviour.reply {
                    turn.schedule(after: reply.after) { [self] turn in sendReply(reply, to: message, turn) }
                }
            }
        }
    }

    private func change(
        _ message: OutboundMessage, to state: MessageState, errorCode: MessageErrorCode?, sentTime: SimulatedTime?,
        via reports: CallbackSequence?, turn: EngineTurn
    ) {
        turn.record(.messageState(MessageStateChange(
            messageUUID: message.uuid, state: state, errorCode: errorCode, time: turn.time, sentTime: sentTime)))
        var details = [("state", state.rawValue)]
        if let errorCode, state != .delivered { details.append(("error_code", errorCode.code)) }
        trace(message.uuid, turn.time, state.rawValue, details)
        report(message, state: state, errorCode: errorCode, sentTime: sentTime, via: reports, turn: turn)
    }

    /// One status report per part, to `url`, if the send gave one. Reports do not steer anything, so the engine
    /// does not wait for them: the answer is traced when it comes.
    private func report(
        _ message: OutboundMessage, state: MessageState, errorCode: MessageErrorCode?, sentTime: SimulatedTime?,
        via reports: CallbackSequence?, turn: EngineTurn
    ) {
        guard let url = message.statusURL, let reports else { return }
        for part in 1...max(1, message.units) {
            let callback = EngineCallback(
                kind: "message_status", url: url, method: message.statusMethod,
                parameters: MessageReport.parameters(
                    for: message, part: part, state: state, errorCode: errorCode, sentTime: sentTime, time: turn.time),
                credentials: message.credentials, account: message.engineAccount)
            let time = turn.time
            turn.afterChangesStored { [traces] in
                reports.send(callback) { exchange in
                    traces.append(
                        Trace.Entry(time: time, event: "callback \(callback.kind)", exchange: exchange), to: message.uuid)
                }
            }
        }
    }

    /// The handset answers a delivered message: an inbound SMS to the sender, if an account holds that number.
    private func sendReply(_ reply: SMSBehaviour.Reply, to message: OutboundMessage, _ turn: EngineTurn) {
        guard let destination = store.destination(ofNumber: message.from) else {
            trace(message.uuid, turn.time, "reply not delivered", [("reason", "no account holds \(message.from)")])
            return
        }
        let inbound = InboundMessage(
            uuid: makeUUID(), from: message.to, to: message.from, text: reply.text,
            units: SMSEncoding.units(of: reply.text), receivedAt: turn.time, destination: destination)
        trace(message.uuid, turn.time, "reply", [("message_uuid", inbound.uuid)])
        traces.open(Trace(id: inbound.uuid, kind: .message, accountID: destination.accountID,
                          subaccountID: destination.subaccountID))
        deliverInbound(inbound, turn)
    }

    private func deliverInbound(_ message: InboundMessage, _ turn: EngineTurn) {
        turn.record(.inboundMessage(message))
        trace(message.uuid, turn.time, "received", [("from", message.from), ("to", message.to)])
        let destination = message.destination
        guard !destination.messageURL.isEmpty else {
            trace(message.uuid, turn.time, "not delivered", [("reason", "the number's application has no message_url")])
            return
        }
        let callback = EngineCallback(
            kind: "message", url: destination.messageURL, method: destination.messageMethod,
            parameters: [
                "From": message.from, "To": message.to, "Type": "sms", "Text": message.text,
                "MessageUUID": message.uuid, "Units": String(message.units), "TotalRate": "0.00000",
                "TotalAmount": "0.00000", "MessageIntent": "", "PowerpackUUID": "",
            ],
            credentials: destination.credentials, account: destination.accountID)
        let time = turn.time
        turn.afterChangesStored { [callbacks, traces] in
            callbacks.send(callback) { exchange in
                traces.append(
                    Trace.Entry(time: time, event: "callback \(callback.kind)", exchange: exchange), to: message.uuid)
            }
        }
    }

    private func trace(_ id: String, _ time: SimulatedTime, _ event: String, _ details: [(String, String)] = []) {
        traces.append(Trace.Entry(time: time, event: event, details: details), to: id)
    }
}
