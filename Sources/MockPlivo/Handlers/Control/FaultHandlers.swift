import HTTPServerKit
import PlivoSupport

/// Creating, listing and removing fault rules. An account other than the configured main one can only make
/// rules for its own path account (`account` is filled in for it), only sees and removes those, and keeps at most
/// ``FaultRules/maxRulesPerAccount`` of them with its subaccounts.
struct FaultHandlers: Sendable {
    static let maxLatencyMilliseconds = 60_000

    let plane: ControlPlane

    /// `POST /__mock/faults` with `path` (required) and optional `method`, `account`, `status` (400–599),
    /// `message`, `latency_ms`, `drop`, `times`, `probability` → 201, the rule as listed.
    func create(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let caller = try ControlCaller(context: context, plane: plane)
        let parameters = try RequestParameters.body(of: request)
        var rule = try Self.rule(from: parameters)
        rule.account = try caller.scope(requested: rule.account)
        // A subaccount's rules count against its main account's quota, so subaccounts cannot multiply it.
        let owner = caller.isAdministrator ? nil : try context.requireScope().mainAccountID
        let stored = try plane.faults.add(rule, owner: owner)
        return PlivoResponse.json(.created) { json in stored.write(into: &json) }
    }

    /// `GET /__mock/faults` → 200 `{"faults": [rule…]}`, oldest first, with `remaining` and `applied` counts.
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let caller = try ControlCaller(context: context, plane: plane)
        let rules = plane.faults.list(account: caller.isAdministrator ? nil : caller.authID)
        return PlivoResponse.json(.ok) { json in
            json.object { object in
                object.key("faults")
                object.array { array in for rule in rules { rule.write(into: &array) } }
            }
        }
    }

    /// `DELETE /__mock/faults` → 200 `{"cleared": n}`.
    func clear(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let caller = try ControlCaller(context: context, plane: plane)
        let cleared = plane.faults.removeAll(account: caller.isAdministrator ? nil : caller.authID)
        return PlivoResponse.json(.ok) { json in json.object { $0.member("cleared", cleared) } }
    }

    /// `DELETE /__mock/faults/{id}` → 204, or 404 when there is no such rule visible to the caller.
    func delete(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let caller = try ControlCaller(context: context, plane: plane)
        let id = context.parameters["faultID"] ?? ""
        guard plane.faults.remove(id: id, where: { caller.isAdministrator || $0.account == caller.authID }) else {
            throw PlivoError(.notFound, "fault rule \(id) not found")
        }
        return PlivoResponse.noContent()
    }

    static func rule(from parameters: RequestParameters) throws(PlivoError) -> FaultRule {
        guard let path = try parameters.string("path", maxLength: TextLimits.url), path.hasPrefix("/") else {
            throw PlivoError.invalid("path", "is required and must start with /")
        }
        guard !path.isPath(under: ControlRoutes.prefix) else {
            throw PlivoError.invalid("path", "must not be under \(ControlRoutes.prefix)/; faults apply to the Plivo API")
        }
        let method = try parameters.string("method").flatMap { $0.isEmpty ? nil : $0.uppercased() }
        let status = try integer(parameters, "status")
        if let status, !(400...599).contains(status) { throw PlivoError.invalid("status", "must be from 400 to 599") }
        let latency = try integer(parameters, "latency_ms") ?? 0
        guard (0...maxLatencyMilliseconds).contains(latency) else {
            throw PlivoError.invalid("latency_ms", "must be from 0 to \(maxLatencyMilliseconds)")
        }
        let drop = try parameters.bool("drop") ?? false
        guard status != nil || drop || latency > 0 else {
            throw PlivoError(.badRequest, "give at least one of status, latency_ms or drop")
        }
        guard !(drop && status != nil) else { throw PlivoError(.badRequest, "give status or drop, not both") }
        let times = try integer(parameters, "times")
        if let times, times < 1 { throw PlivoError.invalid("times", "must be at least 1") }
        let probability = try number(parameters, "probability") ?? 1
        guard (0...1).contains(probability) else { throw PlivoError.invalid("probability", "must be from 0 to 1") }
        return FaultRule(
            id: "", method: method, path: path, account: try parameters.nonEmptyString("account"),
            status: status, message: try parameters.string("message", maxLength: TextLimits.faultMessage),
            latencyMS: latency, drop: drop,
            remaining: times, probability: probability)
    }

    private static func number(_ parameters: RequestParameters, _ name: String) throws(PlivoError) -> Double? {
        switch parameters.values[name] {
        case nil: return nil
        case .number(let value)?: return value
        case .string(let text)? where Double(text) != nil: return Double(text)
        default: throw PlivoError.invalid(name, "must be a number")
        }
    }

    private static func integer(_ parameters: RequestParameters, _ name: String) throws(PlivoError) -> Int? {
        guard let value = try number(parameters, name) else { return nil }
        guard value == value.rounded(), abs(value) < 1e9 else { throw PlivoError.invalid(name, "must be an integer") }
        return Int(value)
    }
}
