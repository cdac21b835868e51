/// The contents of one fixture file, validated: accounts (with their subaccounts), applications and endpoints,
/// each with the identifiers the file gives, so tests can rely on them.
package struct FixtureSet: Sendable, Equatable {
    package var accounts: [Account] = []
    package var applications: [Application] = []
    package var endpoints: [FixtureEndpoint] = []

    package init(accounts: [Account] = [], applications: [Application] = [], endpoints: [FixtureEndpoint] = []) {
        self.accounts = accounts
        self.applications = applications
        self.endpoints = endpoints
    }
}

/// An endpoint from a fixture: the password is still clear text until the store hashes it.
package struct FixtureEndpoint: Sendable, Equatable {
    package var endpoint: Endpoint
    package var password: String

    package init(endpoint: Endpoint, password: String) {
        self.endpoint = endpoint
        self.password = password
    }
}

/// Why a fixture file was refused: the file and the field, so start-up can say exactly what to fix.
package struct FixtureError: Error, Equatable, CustomStringConvertible {
    package let file: String
    package let field: String
    package let problem: String

    package init(file: String, field: String, problem: String) {
        self.file = file
        self.field = field
        self.problem = problem
    }

    /// `applications[0]: app_name may …` for a record-level complaint, `accounts[0].auth_id must …` for a field.
    package var description: String { "fixture \(file): \(field)\(field.hasSuffix("]") ? ":" : "") \(problem)" }
}
