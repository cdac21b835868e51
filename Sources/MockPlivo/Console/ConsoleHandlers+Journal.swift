import HTTPServerKit

extension ConsoleHandlers {
    /// How many entries the journal page shows; the JSON API pages further.
    static let journalPageSize = 100

    /// `GET /console/journal/`: the requests the signed-in account may see in the journal, by the control API's
    /// rule (``ControlCaller``): everything for the configured main account, its own requests for any other.
    /// Without a `path`, only `/v1/` requests are shown, so the console's own page loads do not bury them.
    func journal(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let caller = try ControlCaller(context: context, plane: plane)
        var filter = try JournalFilter(RequestParameters.query(of: request))
        filter.account = try caller.scope(requested: filter.account)
        if filter.pathPrefix == nil { filter.pathPrefix = "/v1/" }
        let listing = plane.journal.entries(matching: filter, limit: nil)
        let newest = Array(listing.entries.suffix(Self.journalPageSize))
        let view = JournalView(entries: newest, matched: listing.matched, authID: caller.authID, filter: filter)
        return view.page().response()
    }
}
