import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The Message calls: send (one message per destination, each carried by the engine from `queued` to its final
/// state, its status reported to `url`), list, get, and an MMS's media.
struct MessageHandlers: Sendable {
    let sending: MessageSending
    let store: any MessageStore
    let ids: IdentifierGenerator

    /// `POST …/Message/` → 202 `{"api_id", "message": "message(s) queued", "message_uuid": [...]}`.
    func send(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let send = try MessageParameters.send(from: RequestParameters.body(of: request))
        switch try sending.send(send, in: scope) {
        case .committed(let uuids):
            return queued(uuids)
        case .queued(let ticket):
            // Committed with the other writes of this loop's batch when it ends (or by another loop writing then);
            // the answer goes out after the commit.
            return .deferred { promise in
                ticket.onCompletion { result in
                    switch result {
                    case .success(let uuids): promise.succeed(queued(uuids))
                    case .failure(let error): promise.fail(error)
                    }
                }
            }
        }
    }

    private func queued(_ uuids: [String]) -> HTTPResponse {
        PlivoResponse.json(.accepted) { json in
            json.object { object in
                object.member("api_id", ids.makeUUID())
                object.member("message", "message(s) queued")
                object.key("message_uuid")
                object.array { array in for uuid in uuids { array.value(uuid) } }
            }
        }
    }

    /// `GET …/Message/` → 200 with `meta` and `objects`, newest first.
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = RequestParameters.query(of: request)
        let pagination = try ListPagination(parameters)
        let page = try store.listMessages(
            try MessageParameters.query(from: parameters, page: pagination.pageRequest), in: scope)
        return pagination.response(
            page: page, path: "/v1/Account/\(scope.authID)/Message/", request: request, apiID: ids.makeUUID()
        ) { message, json in
            MessageJSON.write(message, authID: scope.authID, apiID: nil, into: &json)
        }
    }

    /// `GET …/Message/{message_uuid}/` → 200, the object plus `api_id`.
    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let message = try message(context, scope)
        return PlivoResponse.json(.ok) { json in
            MessageJSON.write(message, authID: scope.authID, apiID: ids.makeUUID(), into: &json)
        }
    }

    /// `GET …/Message/{message_uuid}/Media/` → 200 `{"api_id", "message_uuid", "objects"}`: an MMS's media as sent
    /// (`media_url` is the URL given; the mock does not fetch or host it, so `size` is 0).
    func media(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let message = try message(context, scope)
        return PlivoResponse.json(.ok) { json in
            json.object { object in
                object.member("api_id", ids.makeUUID())
                object.member("message_uuid", message.uuid)
                object.key("objects")
                object.array { array in
                    for (index, url) in message.mediaURLs.enumerated() {
                        array.object { item in
                            item.member("content_type", Self.contentType(of: url))
                            item.member("media_id", "\(message.uuid)-\(index + 1)")
                            item.member("media_url", url)
                            item.member("message_uuid", message.uuid)
                            item.member("size", 0)
                        }
                    }
                }
            }
        }
    }

    private func message(_ context: HTTPRequestContext, _ scope: AccountScope) throws -> StoredMessage {
        guard let uuid = context.parameters["messageUUID"], let message = try store.message(uuid: uuid, in: scope) else {
            throw PlivoError.notFound
        }
        return message
    }

    /// The media type a URL's extension names.
    static func contentType(of url: String) -> String {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        switch path.split(separator: ".").last?.lowercased() {
        case "jpg", "jpeg": return "image/jpeg"
        case "png": return "image/png"
        case "gif": return "image/gif"
        case "mp4": return "video/mp4"
        case "mp3": return "audio/mpeg"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}
