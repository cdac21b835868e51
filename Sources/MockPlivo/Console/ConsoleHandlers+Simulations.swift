import HTTPServerKit
import PlivoStore

/// The simulation page: forms that run a simulated inbound call or message through the simulation API's own steps
/// (``SimulationHandlers/prepareCall(appID:parameters:in:)``), and the records of the simulation log.
extension ConsoleHandlers {
    /// How many records the page lists; the log keeps at most its configured size anyway.
    static let simulationPageSize = 50

    static func simulationPath(_ id: String) -> String {
        "\(ConsoleSection.simulations.path)\(FormURLEncoding.percentEncode(id))/"
    }

    /// `GET /console/simulations/`: the two forms and the records the account may see, newest first.
    func simulationsPage(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        return try simulationsView(scope, typed: nil, error: nil).page().response()
    }

    /// `POST /console/simulations/call/`: `app_id`, `from`, `to`, `duration` as the API reads them.
    func simulateCall(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try simulate(.call, request, context) { [simulations] appID, parameters, scope in
            try simulations.prepareCall(appID: appID, parameters: parameters, in: scope)
        }
    }

    /// `POST /console/simulations/message/`: `app_id`, `from`, `to`, `text` as the API reads them.
    func simulateMessage(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try simulate(.message, request, context) { [simulations] appID, parameters, scope in
            try simulations.prepareMessage(appID: appID, parameters: parameters, in: scope)
        }
    }

    /// `GET /console/simulations/{id}/`: one record with every callback; 404 once evicted or when not visible.
    func simulation(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let id = context.parameters["simulationID"] ?? ""
        guard let record = simulations.record(id: id, visibleTo: scope) else {
            let page = HTMLPage(
                title: "Not found", accountID: scope.authID, section: .simulations,
                error: "No simulation \(id) in this account (the log keeps only the most recent ones).",
                content: "<p><a href=\"\(ConsoleSection.simulations.path)\">Back to the simulations</a></p>")
            return page.response(status: .notFound)
        }
        return SimulationDetailView(record: record, authID: scope.authID).page().response()
    }

    /// Validates on the event loop (a refusal re-renders at once), then defers: the simulation runs on a
    /// simulation thread, which completes the answer with a `303` to the record, or the page with the refusal.
    private func simulate(
        _ kind: SimulationRecord.Kind, _ request: HTTPRequest, _ context: HTTPRequestContext,
        prepare: (String, RequestParameters, AccountScope) throws -> SimulationHandlers.SimulationStart
    ) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let typed = SimulationFormValues(
            kind: kind, form: FormURLEncoding.decode(String(decoding: request.body, as: UTF8.self)))
        // Built now, on the event loop, so that a late refusal renders without touching the store.
        let view = try simulationsView(scope, typed: typed, error: nil)
        let simulations = simulations
        let refused: @Sendable (PlivoError) -> HTTPResponse = { error in
            var view = view
            view.records = Array(simulations.records(visibleTo: scope).prefix(Self.simulationPageSize))
            view.error = error.message
            return view.page().response(status: error.status)
        }
        let start: SimulationHandlers.SimulationStart
        do {
            let posted = try RequestParameters.body(of: request)
            // A form always sends its optional duration field; left blank, it means the API's default.
            let parameters = RequestParameters(posted.values.filter { $0.key != "duration" || $0.value != .string("") })
            // The API takes the application from its path; a form without one has no API message to borrow.
            guard let appID = try parameters.string("app_id"), !appID.isEmpty else {
                throw PlivoError.missing("app_id")
            }
            start = try prepare(appID, parameters, scope)
        } catch {
            return refused(try Self.apiError(error))
        }
        return .deferred { promise in
            start { result in
                switch result {
                case .success(let record):
                    promise.succeed(ConsoleResponse.redirect(to: Self.simulationPath(record.id)))
                case .failure(let error):
                    promise.succeed(refused(PlivoError(error)))
                }
            }
        }
    }

    private func simulationsView(
        _ scope: AccountScope, typed: SimulationFormValues?, error: String?
    ) throws -> SimulationListView {
        let applications = try store.listApplications(ApplicationQuery(page: Self.choiceLimit), in: scope).items
        var view = SimulationListView(
            records: Array(simulations.records(visibleTo: scope).prefix(Self.simulationPageSize)),
            applications: applications.map { SimulationListView.Choice(appID: $0.appID, appName: $0.appName) },
            call: .defaults(.call), message: .defaults(.message), error: error, authID: scope.authID)
        switch typed?.kind {
        case .call: view.call = typed ?? view.call
        case .message: view.message = typed ?? view.message
        case nil: break
        }
        return view
    }
}
