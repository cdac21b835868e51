import PlivoStore
import PlivoSupport

/// Reads and validates the parameters of the Endpoint create and update calls, with the rules Plivo documents
/// ("Create an endpoint"): a username of letters and digits starting with a letter, a password of at least five
/// characters, a non-empty alias. Every problem is a 400 naming the parameter; nothing reaches the store unless
/// all of it is valid.
enum EndpointParameters {
    static let minimumPasswordLength = 5

    static func draft(from parameters: RequestParameters) throws(PlivoError) -> EndpointDraft {
        guard let username = try username(parameters) else { throw PlivoError.missing("username") }
        guard let password = try password(parameters) else { throw PlivoError.missing("password") }
        guard let alias = try alias(parameters) else { throw PlivoError.missing("alias") }
        return EndpointDraft(username: username, password: password, alias: alias, appID: try appID(parameters))
    }

    /// Only what was sent changes. The seeds mark password and alias "Required" here too, but every SDK sends
    /// them as optional keyword arguments, so an update may carry any subset.
    static func changes(from parameters: RequestParameters) throws(PlivoError) -> EndpointChanges {
        EndpointChanges(password: try password(parameters), alias: try alias(parameters), appID: try appID(parameters))
    }

    private static func username(_ parameters: RequestParameters) throws(PlivoError) -> String? {
        guard let username = try parameters.string("username", maxLength: TextLimits.name) else { return nil }
        guard let first = username.unicodeScalars.first else {
            throw PlivoError.invalid("username", "must not be empty")
        }
        guard isASCIILetter(first), username.unicodeScalars.allSatisfy({ isASCIILetter($0) || isASCIIDigit($0) })
        else {
            throw PlivoError.invalid("username", "may contain only letters and digits and must start with a letter")
        }
        return username
    }

    private static func password(_ parameters: RequestParameters) throws(PlivoError) -> String? {
        guard let password = try parameters.string("password", maxLength: TextLimits.password) else { return nil }
        guard password.count >= minimumPasswordLength else {
            throw PlivoError.invalid("password", "must be at least \(minimumPasswordLength) characters long")
        }
        return password
    }

    private static func alias(_ parameters: RequestParameters) throws(PlivoError) -> String? {
        guard let alias = try parameters.string("alias", maxLength: TextLimits.name) else { return nil }
        guard !alias.isBlank else { throw PlivoError.invalid("alias", "must not be empty") }
        return alias
    }

    /// An empty `app_id` counts as not sent, as SDKs that default it to `""` mean.
    private static func appID(_ parameters: RequestParameters) throws(PlivoError) -> String? {
        try parameters.nonEmptyString("app_id")
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
