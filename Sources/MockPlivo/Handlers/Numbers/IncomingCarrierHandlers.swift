import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The IncomingCarrier calls: carriers of the account's own, whose numbers `POST …/Number/` adds. Removing one
/// removes its numbers, as the seed says.
struct IncomingCarrierHandlers: Sendable {
    let store: any IncomingCarrierStore
    let ids: IdentifierGenerator
    /// Longest name accepted; Plivo documents none.
    static let maxNameLength = TextLimits.name

    /// `GET …/IncomingCarrier/?name=` → 200 with `meta` and `objects`; `name` keeps carriers whose name contains it.
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = RequestParameters.query(of: request)
        let pagination = try ListPagination(parameters)
        let page = try store.listCarriers(
            nameContaining: try parameters.nonEmptyString("name"), page: pagination.pageRequest, in: scope)
        return pagination.response(
            page: page, path: "/v1/Account/\(scope.authID)/IncomingCarrier/", request: request, apiID: ids.makeUUID()
        ) { carrier, json in
            IncomingCarrierJSON.write(carrier, authID: scope.authID, apiID: nil, into: &json)
        }
    }

    /// `GET …/IncomingCarrier/{carrier_id}/` → 200, the object plus `api_id`.
    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard let carrier = try store.carrier(id: try Self.carrierID(context), in: scope) else {
            throw PlivoError.notFound
        }
        return PlivoResponse.json(.ok) { json in
            IncomingCarrierJSON.write(carrier, authID: scope.authID, apiID: ids.makeUUID(), into: &json)
        }
    }

    /// `POST …/IncomingCarrier/` (`name`, `ip_set`, both required) → 201 `{"api_id", "carrier_id", "message":
    /// "created"}`.
    func create(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = try RequestParameters.body(of: request)
        guard let name = try Self.name(parameters) else { throw PlivoError.missing("name") }
        guard let ipSet = try Self.ipSet(parameters) else { throw PlivoError.missing("ip_set") }
        let carrier = try store.createCarrier(name: name, ipSet: ipSet, in: scope)
        return PlivoResponse.message(
            .created, apiID: ids.makeUUID(), message: "created", extra: [("carrier_id", carrier.carrierID)])
    }

    /// `POST …/IncomingCarrier/{carrier_id}/` → 202 `{"api_id", "message": "changed"}`.
    func update(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = try RequestParameters.body(of: request)
        _ = try store.updateCarrier(
            id: try Self.carrierID(context), name: try Self.name(parameters), ipSet: try Self.ipSet(parameters),
            in: scope)
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "changed")
    }

    /// `DELETE …/IncomingCarrier/{carrier_id}/` → 204, its numbers removed with it.
    func delete(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        try store.deleteCarrier(id: try Self.carrierID(context), in: scope)
        return PlivoResponse.noContent()
    }

    private static func carrierID(_ context: HTTPRequestContext) throws(PlivoError) -> String {
        guard let carrierID = context.parameters["carrierID"] else { throw PlivoError.notFound }
        return carrierID
    }

    private static func name(_ parameters: RequestParameters) throws(PlivoError) -> String? {
        guard let name = try parameters.string("name") else { return nil }
        guard !name.isBlank else { throw PlivoError.invalid("name", "must not be empty") }
        guard name.count <= maxNameLength else {
            throw PlivoError.invalid("name", "must be at most \(maxNameLength) characters, got \(name.count)")
        }
        return name
    }

    /// Comma-separated IPv4 or IPv6 addresses, kept as given but without spaces.
    private static func ipSet(_ parameters: RequestParameters) throws(PlivoError) -> String? {
        guard let text = try parameters.string("ip_set") else { return nil }
        let addresses = text.split(separator: ",").map(\.trimmed)
        guard !addresses.isEmpty, addresses.allSatisfy({ HostAllowList.isIPLiteral(String($0)) }) else {
            throw PlivoError.invalid("ip_set", "must be comma-separated IP addresses, got \"\(text)\"")
        }
        return addresses.joined(separator: ",")
    }
}
