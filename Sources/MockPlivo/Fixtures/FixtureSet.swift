/// The contents of one fixture file, validated: accounts (with their subaccounts), applications and endpoints,
/// each with the identifiers the file gives, so tests can rely on them.
struct FixtureSet: Sendable, Equatable {
    var accounts: [Account] = []
    var applications: [Application] = []
    var endpoints: [FixtureEndpoint] = []
}

/// An endpoint from a fixture: the password is still clear text until the store hashes it.
struct FixtureEndpoint: Sendable, Equatable {
    var endpoint: Endpoint
    var password: String
}

/// Why a fixture file was refused: the file and the field, so start-up can say exactly what to fix.
struct FixtureError: Error, Equatable, CustomStringConvertible {
    let file: String
    let field: String
    let problem: String

    /// `applications[0]: app_name may …` for a record-level complaint, `accounts[0].auth_id must …` for a field.
    var description: String { "fixture \(file): \(field)\(field.hasSuffix("]") ? ":" : "") \(problem)" }
}
