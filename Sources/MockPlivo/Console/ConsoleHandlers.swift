import CallEngine
import HTTPServerKit
import PlivoStore

/// The console's pages and form posts. Forms post the API's own parameter names, so each post is validated by
/// ``ApplicationParameters`` and stored through the same store calls as the API: a form shows exactly the
/// messages an API client would get. Success answers `303 See Other` to the list, so a reload never posts twice.
struct ConsoleHandlers: Sendable {
    let store: any MockPlivoStore & CallStore & RecordingStore
    /// The journal the control API serves.
    let plane: ControlPlane
    /// The simulation API's handlers, whose shared steps the simulation page calls.
    let simulations: SimulationHandlers
    /// What happened to messages and calls, for their pages.
    let traces: TraceBook
    /// The calls that have not ended, for the calls page.
    let calls: CallService
    /// The engine's simulated clock, where a live call's timeline ends for now.
    let now: @Sendable () -> SimulatedTime
    /// Where the API says a recording downloads from, shown next to the call page's player.
    let recordingLocator: ServerRecordingLocator
    /// Lists in the console are as long as the API's (its maximum page).
    static let pageSize = ListPagination.maxLimit
    /// Enough for any choice list a person scrolls through on a mock account.
    static let choiceLimit = PageRequest(limit: 500)

    /// `GET /` → `303` to the console, so a browser pointed at the mock lands somewhere useful.
    func root(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        ConsoleResponse.redirect(to: ConsoleSection.applications.path)
    }

    /// `GET /console/`: the applications the signed-in account sees, newest first.
    func applications(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let query = RequestParameters.query(of: request)
        let offset = (try? query.nonNegativeInteger("offset")) ?? 0
        let page = try store.listApplications(
            ApplicationQuery(page: PageRequest(limit: Self.pageSize, offset: offset)), in: scope)
        let view = ApplicationListView(
            applications: page.items, authID: scope.authID, totalCount: page.totalCount, offset: offset,
            limit: Self.pageSize, notice: Self.notice(request))
        return view.page().response()
    }

    /// `GET /console/applications/new/`: the create form with the API's defaults.
    func newForm(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let view = ApplicationFormView(
            mode: .create, values: .defaults, subaccounts: try subaccountIDs(scope), error: nil)
        return view.page(accountID: scope.authID).response()
    }

    /// `POST /console/applications/`: create, or the form again with the API's 400 message and the values.
    func create(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        do {
            let draft = try ApplicationParameters.draft(from: RequestParameters.body(of: request))
            let application = try store.createApplication(draft, in: scope)
            return ConsoleResponse.redirect(to: "\(ConsoleSection.applications.path)?created=\(application.appID)")
        } catch {
            let failure = try Self.apiError(error)
            let view = ApplicationFormView(
                mode: .create, values: Self.posted(request), subaccounts: try subaccountIDs(scope),
                error: failure.message)
            return view.page(accountID: scope.authID).response(status: failure.status)
        }
    }

    /// `GET /console/applications/{app_id}/edit/`: the edit form with the stored values.
    func editForm(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard let application = try application(context, scope) else { return notFound(context, scope) }
        let view = ApplicationFormView(
            mode: .edit(appID: application.appID), values: ApplicationFormValues(application),
            subaccounts: try subaccountIDs(scope), error: nil)
        return view.page(accountID: scope.authID).response()
    }

    /// `POST /console/applications/{app_id}/`: update with what the form sent, as the API's update does.
    func update(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard let application = try application(context, scope) else { return notFound(context, scope) }
        do {
            let changes = try ApplicationParameters.changes(from: RequestParameters.body(of: request))
            _ = try store.updateApplication(id: application.appID, changes: changes, in: scope)
            return ConsoleResponse.redirect(to: "\(ConsoleSection.applications.path)?changed=\(application.appID)")
        } catch {
            let failure = try Self.apiError(error)
            let view = ApplicationFormView(
                mode: .edit(appID: application.appID), values: Self.posted(request),
                subaccounts: try subaccountIDs(scope), error: failure.message)
            return view.page(accountID: scope.authID).response(status: failure.status)
        }
    }

    /// `GET /console/applications/{app_id}/delete/`: the confirmation with the cascade choice.
    func deleteForm(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard let application = try application(context, scope) else { return notFound(context, scope) }
        return try deleteView(application, scope, error: nil).page(accountID: scope.authID).response()
    }

    /// `POST /console/applications/{app_id}/delete/`: `cascade` and `new_endpoint_application` as the API reads them.
    func delete(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard let application = try application(context, scope) else { return notFound(context, scope) }
        do {
            let parameters = try RequestParameters.body(of: request)
            let cascade = try parameters.bool("cascade") ?? true
            let target = try parameters.nonEmptyString("new_endpoint_application")
            try store.deleteApplication(
                id: application.appID, cascade: cascade, newEndpointApplication: cascade ? nil : target, in: scope)
            return ConsoleResponse.redirect(to: "\(ConsoleSection.applications.path)?deleted=\(application.appID)")
        } catch {
            let failure = try Self.apiError(error)
            let view = try deleteView(application, scope, error: failure.message)
            return view.page(accountID: scope.authID).response(status: failure.status)
        }
    }
}
