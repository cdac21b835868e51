/// Which journal entries a list, wait or clear is about. Every criterion given must hold.
struct JournalFilter: Sendable, Equatable {
    /// The path's `{auth_id}`, exactly.
    var account: String?
    /// A prefix of the path, such as `/v1/Account/MA…/Application/`. A trailing slash is ignored, as routing
    /// ignores it.
    var pathPrefix: String?
    /// The method, compared without case.
    var method: String?
    /// Only entries with a larger sequence number: "what happened after I looked".
    var afterSequence: Int?

    /// Reads `account`, `path`, `method` and `since` from the query string; empty values count as absent.
    init(_ parameters: RequestParameters) throws(PlivoError) {
        account = try parameters.nonEmptyString("account")
        pathPrefix = try parameters.nonEmptyString("path")
        method = try parameters.nonEmptyString("method")?.uppercased()
        afterSequence = try parameters.nonNegativeInteger("since")
        if let pathPrefix, !pathPrefix.hasPrefix("/") {
            throw PlivoError.invalid("path", "must start with /")
        }
    }

    init(account: String? = nil, pathPrefix: String? = nil, method: String? = nil, afterSequence: Int? = nil) {
        self.account = account
        self.pathPrefix = pathPrefix
        self.method = method
        self.afterSequence = afterSequence
    }

    func matches(_ entry: JournalEntry) -> Bool {
        if let account, entry.account != account { return false }
        if let method, entry.method.uppercased() != method { return false }
        if let afterSequence, entry.sequence <= afterSequence { return false }
        if let pathPrefix {
            let prefix = pathPrefix.hasSuffix("/") && pathPrefix.count > 1 ? String(pathPrefix.dropLast()) : pathPrefix
            guard entry.path.hasPrefix(prefix) else { return false }
        }
        return true
    }
}
