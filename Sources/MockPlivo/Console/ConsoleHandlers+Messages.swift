import CallEngine
import HTTPServerKit
import PlivoStore

/// The messages page and one message's trace.
extension ConsoleHandlers {
    /// `GET /console/messages/`: the newest messages the signed-in account sees.
    func messages(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let page = try store.listMessages(MessageQuery(page: Self.choiceLimit), in: scope)
        return MessageListView(messages: page.items, totalCount: page.totalCount, authID: scope.authID).page().response()
    }

    /// `GET /console/messages/{message_uuid}/`: the message as the API shows it, and its trace while it is kept.
    func message(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard let uuid = context.parameters["messageUUID"], let message = try store.message(uuid: uuid, in: scope) else {
            let page = HTMLPage(
                title: "Not found", accountID: scope.authID, section: .messages, error: "No such message in this account.",
                content: "<p><a href=\"\(ConsoleSection.messages.path)\">Back to the messages</a></p>")
            return page.response(status: .notFound)
        }
        let object = APIObjectView.fields { json in MessageJSON.write(message, authID: scope.authID, apiID: nil, into: &json) }
        let trace = traces.trace(id: uuid)
            ?? Trace(id: uuid, kind: .message, accountID: message.accountID, subaccountID: message.subaccountID)
        return TraceView(trace: trace, object: object, authID: scope.authID, section: .messages).page().response()
    }
}
