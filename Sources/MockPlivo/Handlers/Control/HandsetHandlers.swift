import CallEngine
import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The handsets: the outside phones a test scripts, per main account (its subaccounts share them), keyed by number,
/// `sip:` user or `default`. Documented with curl examples in `docs/handsets.md`.
struct HandsetHandlers: Sendable {
    let store: any MockPlivoStore & MessageStore
    let ids: IdentifierGenerator
    let engine: EngineComponents

    /// `PUT /__mock/Account/{auth_id}/Handset/{handset}/` with the JSON document → 200, the document as it now
    /// plays (every setting spelled out); a bad document is a 400 naming the setting, and nothing changes.
    func put(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let key = try Self.key(context)
        let handset: Handset
        do {
            var document = try JSONParser.parse(request.body)
            // What GET answers may be PUT back as it is: its `handset` key names the handset of the path.
            if case .object(var members) = document, let named = members.removeValue(forKey: "handset") {
                guard case .string(let name) = named, (try? Self.key(name)) == key else {
                    throw PlivoError(.badRequest, "the document's handset is not the path's \(key)")
                }
                document = .object(members)
            }
            handset = try Handset(document: document)
        } catch let error as Handset.DocumentError {
            throw PlivoError(.badRequest, error.message)
        } catch let error as PlivoError {
            throw error
        } catch {
            throw PlivoError(.badRequest, "the handset must be a JSON object")
        }
        var document = JSONWriter()
        handset.write(into: &document)
        try store.setHandsetDocument(String(decoding: document.bytes, as: UTF8.self), for: key, mainAccountID: scope.mainAccountID)
        return response(key: key, handset: handset, status: .ok)
    }

    /// `GET /__mock/Account/{auth_id}/Handset/{handset}/` → 200 the stored document; 404 when none is stored (the
    /// `default` handset, or the built-in one, plays it).
    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let key = try Self.key(context)
        guard let document = try store.handsetDocument(key, mainAccountID: scope.mainAccountID) else {
            throw PlivoError.notFound
        }
        return response(key: key, handset: try HandsetDirectory.decode(document), status: .ok)
    }

    /// `DELETE …/Handset/{handset}/` → 204.
    func delete(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        try store.deleteHandset(try Self.key(context), mainAccountID: scope.mainAccountID)
        return PlivoResponse.noContent()
    }

    /// `GET …/Handset/` → 200 `{"api_id", "objects": [{"handset", "sms", …}]}`, sorted by key.
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let handsets = try store.handsetDocuments(mainAccountID: scope.mainAccountID)
            .map { ($0.handset, try HandsetDirectory.decode($0.document)) }
        return PlivoResponse.json(.ok) { json in
            json.object { object in
                object.member("api_id", ids.makeUUID())
                object.key("objects")
                object.array { array in for (key, handset) in handsets { Self.write(key, handset, into: &array) } }
            }
        }
    }

    /// `POST …/Handset/{number}/Message/` with `to` (a number the account holds) and `text` → 202
    /// `{"api_id", "message_uuid"}`: the handset sends an SMS, stored as inbound and posted to the number's
    /// application's `message_url`.
    func sendMessage(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let from = try Self.key(context)
        guard NumberParameters.isE164Digits(from) else { throw PlivoError.invalid("handset", "must be a number to send an SMS") }
        let parameters = try RequestParameters.body(of: request)
        guard let typed = try parameters.nonEmptyString("to") else { throw PlivoError.missing("to") }
        let to = typed.hasPrefix("+") ? String(typed.dropFirst()) : typed
        guard let text = try parameters.nonEmptyString("text") else { throw PlivoError.missing("text") }
        guard text.utf8.count <= MessageSendRequest.maxTextBytes else {
            throw PlivoError.invalid("text", "must be at most \(MessageSendRequest.maxTextBytes) bytes of UTF-8")
        }
        guard try store.number(to, in: scope) != nil,
              let destination = engine.store.destination(ofNumber: to)
        else { throw PlivoError.invalid("to", "\(to) is not a number this account holds") }
        let uuid = ids.makeRandomUUID()
        engine.messaging.receive(InboundMessage(
            uuid: uuid, from: from, to: to, text: text, units: SMSEncoding.units(of: text), receivedAt: engine.loop.now,
            destination: destination))
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "message received", extra: [("message_uuid", uuid)])
    }

    private func response(key: String, handset: Handset, status: HTTPStatus) -> HTTPResponse {
        PlivoResponse.json(status) { json in Self.write(key, handset, into: &json) }
    }

    private static func write(_ key: String, _ handset: Handset, into json: inout JSONWriter) {
        var document = JSONWriter()
        handset.write(into: &document)
        guard case .object(let members)? = try? JSONParser.parse(document.bytes) else { return }
        json.object { object in
            object.member("handset", key)
            for (name, value) in members.sorted(by: { $0.key < $1.key }) {
                object.key(name)
                value.write(into: &object)
            }
        }
    }

    /// A number (digits, `+` dropped), a `sip:` user, or `default`.
    static func key(_ context: HTTPRequestContext) throws(PlivoError) -> String {
        guard let text = context.parameters["handset"] else { throw PlivoError.notFound }
        return try key(text)
    }

    static func key(_ text: String) throws(PlivoError) -> String {
        if text == HandsetDirectory.defaultKey { return text }
        if text.hasPrefix("sip:") && text.count > 4 { return HandsetDirectory.key(forDestination: text) }
        guard NumberParameters.isE164Digits(text) else {
            throw PlivoError.invalid("handset", "must be a number of 8 to 15 digits, a sip: user or default, got \"\(text)\"")
        }
        return text.hasPrefix("+") ? String(text.dropFirst()) : text
    }
}
