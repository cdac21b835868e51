import PlivoXML

/// `<Message>`: sends an SMS through the messages API's own code (validation, pricing, reports) and goes on at
/// once, without waiting for the send; a refused send is traced, and the call goes on as Plivo's does.
struct MessageVerb: VerbPerformer {
    let message: Message

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        context.answer()
        guard let messaging = context.runtime.messaging else {
            context.trace("Message not sent", [("reason", "this engine sends no SMS")])
            finish(.next(after: .zero), context.turn)
            return
        }
        let setup = context.call.setup
        let (traces, callUUID, time, destinations) = (
            context.runtime.traces, context.call.uuid, context.time, message.destinations.joined(separator: "<"))
        messaging.send(
            text: message.text, from: message.source, to: message.destinations,
            statusURL: message.callbackURL.map { CallURL($0, method: message.callbackMethod.rawValue) },
            accountID: setup.accountID, subaccountID: setup.subaccountID
        ) { result in
            let entry = switch result {
            case .success(let uuids):
                Trace.Entry(time: time, event: "Message", details: [("to", destinations), ("message_uuid", uuids.joined(separator: ","))])
            case .failure(let error):
                Trace.Entry(time: time, event: "Message not sent", details: [("to", destinations), ("reason", error.message)])
            }
            traces.append(entry, to: callUUID)
        }
        finish(.next(after: .zero), context.turn)
    }
}
