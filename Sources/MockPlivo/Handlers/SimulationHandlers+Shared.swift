import PlivoStore

/// The steps the API routes and the console's simulation page share, so the two cannot drift: the same lookups,
/// the same validation (hence the same messages), the same simulators and log, the same visibility rule.
extension SimulationHandlers {
    /// Starts a validated simulation on a simulation thread; the completion runs there once it has finished.
    typealias SimulationStart =
        @Sendable (@escaping @Sendable (Result<SimulationRecord, SimulationError>) -> Void) -> Void

    /// A simulated inbound call to application `appID`, checked before any callback is made: `PlivoError.notFound`
    /// for an application `scope` cannot see, a 400 naming the parameter for a bad input.
    func prepareCall(
        appID: String, parameters: RequestParameters, in scope: AccountScope
    ) throws -> SimulationStart {
        let application = try application(id: appID, in: scope)
        let call = try SimulationParameters.call(
            parameters, application: application, tokens: tokens(for: application), callUUID: ids.makeUUID())
        return { [calls] completion in calls.simulateCall(call, completion: completion) }
    }

    /// A simulated inbound message to application `appID`, checked as ``prepareCall(appID:parameters:in:)`` is.
    func prepareMessage(
        appID: String, parameters: RequestParameters, in scope: AccountScope
    ) throws -> SimulationStart {
        let application = try application(id: appID, in: scope)
        let message = try SimulationParameters.message(
            parameters, application: application, tokens: tokens(for: application), messageUUID: ids.makeUUID())
        return { [messages] completion in messages.simulateMessage(message, completion: completion) }
    }

    /// The kept records `scope` may see, newest first, narrowed to one application or kind when given.
    func records(
        visibleTo scope: AccountScope, appID: String? = nil, kind: SimulationRecord.Kind? = nil
    ) -> [SimulationRecord] {
        log.list().filter { record in
            scope.canSee(record) && (appID == nil || record.applicationID == appID)
                && (kind == nil || record.kind == kind)
        }
    }

    /// The kept record with this id, unless evicted or made on an application `scope` cannot see.
    func record(id: String, visibleTo scope: AccountScope) -> SimulationRecord? {
        log.record(id: id).flatMap { scope.canSee($0) ? $0 : nil }
    }
}
