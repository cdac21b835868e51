import CallEngine
import HTTPServerKit
import PlivoStore

/// The calls page and one call's page with its timeline.
extension ConsoleHandlers {
    static func callPath(_ uuid: String) -> String {
        "\(ConsoleSection.calls.path)\(FormURLEncoding.percentEncode(uuid))/"
    }

    /// `GET /console/calls/`: the signed-in account's calls that have not ended, then its CDRs, newest first,
    /// paged by `offset` like the applications page.
    func callsPage(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let offset = (try? RequestParameters.query(of: request).nonNegativeInteger("offset")) ?? 0
        let live = calls.calls(mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID)
        let page = try store.listCalls(CallQuery(page: PageRequest(limit: Self.pageSize, offset: offset)), in: scope)
        let rooms = calls.conferences(ownerID: scope.ownerID)
        let view = CallListView(
            live: live, conferences: ConferenceListView(conferences: rooms, now: now(), authID: scope.authID), records: page.items, totalCount: page.totalCount, offset: offset, limit: Self.pageSize,
            authID: scope.authID)
        return view.page().response()
    }

    /// `GET /console/calls/{call_uuid}/`: the live call or its CDR, and its timeline while its trace is kept;
    /// 404 for a call the account does not see.
    func call(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let uuid = context.parameters["callUUID"] ?? ""
        let state: CallDetailView.State
        if let live = calls.liveCall(uuid), live.isVisible(toMainAccount: scope.mainAccountID, subaccount: scope.subaccountID) {
            state = .live(live)
        } else if let record = try store.call(uuid: uuid, in: scope) {
            state = .ended(record)
        } else {
            let page = HTMLPage(
                title: "Not found", accountID: scope.authID, section: .calls, error: "No call \(uuid) in this account.",
                content: "<p><a href=\"\(ConsoleSection.calls.path)\">Back to the calls</a></p>")
            return page.response(status: .notFound)
        }
        let trace = traces.trace(id: uuid)
        var query = RecordingQuery(page: PageRequest(limit: Self.pageSize))
        query.callUUID = uuid
        // Oldest first, in the order they were made, as the timeline shows them.
        let recordings = try store.listRecordings(query, in: scope).items.reversed()
        let view = CallDetailView(
            state: state, trace: trace, now: now(), authID: scope.authID, recordings: Array(recordings),
            recordingURL: { [locator = recordingLocator] recording in
                locator.url(accountID: recording.accountID, recordingID: recording.recordingID, format: recording.format)
            },
            relations: try relations(of: state, trace: trace, scope: scope))
        return view.page().response()
    }

    /// The call's parent (from its CDR, or while it runs from the engine) and the B legs it dialled: the live
    /// ones from the engine, the ended ones from their CDRs.
    private func relations(
        of state: CallDetailView.State, trace: Trace?, scope: AccountScope
    ) throws -> CallRelationsView {
        let uuid: String
        let parent: String?
        switch state {
        case .live(let call): (uuid, parent) = (call.callUUID, call.parentCallUUID)
        case .ended(let call): (uuid, parent) = (call.callUUID, call.parentCallUUID)
        }
        let live = calls.calls(mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID)
            .filter { $0.parentCallUUID == uuid }
        var query = CallQuery(page: PageRequest(limit: Self.pageSize))
        query.parentCallUUID = uuid
        let ended = try store.listCalls(query, in: scope).items.reversed()
            .filter { record in !live.contains { $0.callUUID == record.callUUID } }
        return CallRelationsView(
            parentCallUUID: parent, legs: live.map(CallRelationsView.Leg.init) + ended.map(CallRelationsView.Leg.init))
    }
}
