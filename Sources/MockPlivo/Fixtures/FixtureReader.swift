import HTTPServerKit
import PlivoStore
import PlivoSupport

/// Turns the JSON of one fixture file into a ``FixtureSet``, reusing the API's parameter validation so that a
/// fixture can hold nothing the API would refuse.
struct FixtureReader {
    let file: String
    let defaultAccountID: String

    mutating func read(_ root: [String: JSONValue]) throws(FixtureError) -> FixtureSet {
        var set = FixtureSet()
        for (index, value) in try list(root, "accounts").enumerated() {
            set.accounts += try account(value, field: "accounts[\(index)]", parentID: nil)
        }
        for (index, value) in try list(root, "applications").enumerated() {
            set.applications.append(try application(value, field: "applications[\(index)]"))
        }
        for (index, value) in try list(root, "endpoints").enumerated() {
            set.endpoints.append(try endpoint(value, field: "endpoints[\(index)]"))
        }
        return set
    }

    private func list(_ root: [String: JSONValue], _ key: String) throws(FixtureError) -> [JSONValue] {
        switch root[key] {
        case nil, .null?: return []
        case .array(let items)?: return items
        default: throw FixtureError(file: file, field: key, problem: "must be an array")
        }
    }

    private func object(_ value: JSONValue, _ field: String) throws(FixtureError) -> RequestParameters {
        guard case .object(let members) = value else {
            throw FixtureError(file: file, field: field, problem: "must be an object")
        }
        // A fixture is often an API answer pasted in, with its nulls (`"sub_account": null`): there a null is a
        // field left out, not the 400 it is in a request.
        return RequestParameters(members.filter { $0.value != .null })
    }

    /// Runs an API validator and reports its complaint against this file and field.
    private func validated<T>(_ field: String, _ body: () throws(PlivoError) -> T) throws(FixtureError) -> T {
        do {
            return try body()
        } catch {
            throw FixtureError(file: file, field: field, problem: error.message)
        }
    }

    private func account(_ value: JSONValue, field: String, parentID: String?) throws(FixtureError) -> [Account] {
        let parameters = try object(value, field)
        let authID = try validated(field) { () throws(PlivoError) in try parameters.string("auth_id") ?? "" }
        let valid = parentID == nil ? AccountIDFormat.isMainAccountID(authID) : AccountIDFormat.isSubaccountID(authID)
        guard valid else {
            throw FixtureError(file: file, field: "\(field).auth_id",
                               problem: "must be \(parentID == nil ? "MA" : "SA") followed by 18 upper-case letters or digits")
        }
        let token = try validated(field) { () throws(PlivoError) in try parameters.string("auth_token") ?? "" }
        guard !token.isEmpty else { throw FixtureError(file: file, field: "\(field).auth_token", problem: "is required") }
        let created = Timestamps.day(.now)
        var account = Account(
            authID: authID, authToken: token, parentID: parentID,
            name: try validated(field) { () throws(PlivoError) in try parameters.string("name") ?? "" },
            city: try validated(field) { () throws(PlivoError) in try parameters.string("city") ?? "" },
            address: try validated(field) { () throws(PlivoError) in try parameters.string("address") ?? "" },
            enabled: try validated(field) { () throws(PlivoError) in try parameters.bool("enabled") ?? true },
            created: created, modified: nil)
        if parentID != nil { account.city = ""; account.address = "" }
        var accounts = [account]
        if case .array(let subaccounts)? = parameters.values["subaccounts"], parentID == nil {
            for (index, sub) in subaccounts.enumerated() {
                accounts += try self.account(sub, field: "\(field).subaccounts[\(index)]", parentID: authID)
            }
        }
        return accounts
    }

    private func application(_ value: JSONValue, field: String) throws(FixtureError) -> Application {
        let parameters = try object(value, field)
        let appID = try validated("\(field).app_id") { () throws(PlivoError) in try parameters.string("app_id") ?? "" }
        guard appID.count == 17, appID.allSatisfy(\.isASCII), appID.allSatisfy(\.isNumber), appID.first != "0" else {
            throw FixtureError(file: file, field: "\(field).app_id", problem: "must be 17 digits, not starting with 0")
        }
        let draft = try validated(field) { () throws(PlivoError) in try ApplicationParameters.draft(from: parameters) }
        let account = try validated(field) { () throws(PlivoError) in try parameters.string("account") } ?? defaultAccountID
        return Application(
            appID: appID, accountID: account, subaccountID: draft.subaccountID, appName: draft.appName,
            answerURL: draft.answerURL, answerMethod: draft.answerMethod, hangupURL: draft.hangupURL ?? draft.answerURL,
            hangupMethod: draft.hangupMethod, fallbackAnswerURL: draft.fallbackAnswerURL,
            fallbackMethod: draft.fallbackMethod, messageURL: draft.messageURL, messageMethod: draft.messageMethod,
            defaultNumberApp: draft.defaultNumberApp, defaultEndpointApp: draft.defaultEndpointApp,
            enabled: true, publicURI: draft.publicURI, logIncomingMessages: draft.logIncomingMessages)
    }

    private func endpoint(_ value: JSONValue, field: String) throws(FixtureError) -> FixtureEndpoint {
        let parameters = try object(value, field)
        func text(_ key: String, required: Bool) throws(FixtureError) -> String? {
            let value = try validated("\(field).\(key)") { () throws(PlivoError) in try parameters.string(key) }
            if required && (value ?? "").isEmpty {
                throw FixtureError(file: file, field: "\(field).\(key)", problem: "is required")
            }
            return value
        }
        let endpoint = Endpoint(
            endpointID: try text("endpoint_id", required: true)!,
            accountID: try text("account", required: false) ?? defaultAccountID,
            subaccountID: try text("subaccount", required: false),
            username: try text("username", required: true)!,
            passwordHash: "",
            alias: try text("alias", required: false) ?? "",
            appID: try text("app_id", required: false))
        return FixtureEndpoint(endpoint: endpoint, password: try text("password", required: true)!)
    }
}
