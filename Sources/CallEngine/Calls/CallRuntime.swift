import PlivoXML

/// The calls on the engine thread, and everything that moves them: ringing, answering, fetching and running
/// XML, ending. Reached only from engine jobs (``CallService`` posts them); its state needs no lock.
///
/// The pieces, each in its own file: `+Outbound` (queued → ringing → answered or not), `+Inbound`, `+Document`
/// (fetching XML and running its verbs), `+Ending` (the CDR and the hangup request), `+Commands` (hangup,
/// transfer and cancel from the API).
final class CallRuntime {
    let engine: EngineLoop
    let callbacks: any CallbackPort
    let media: (any MediaPort)?
    let messaging: (any CallMessagingPort)?
    let recordings: any RecordingLocator
    /// What `<Dial>` rings; nil in engines without handsets, where Dial is skipped.
    let dialing: (any DialPort)?
    let registry: CallRegistry
    /// The conference rooms the calls are in (`CallRuntime+Conference`).
    let conferences: Conferences
    let traces: TraceBook
    let timing: CallTiming
    /// Ids of what calls make (recordings), random or seeded.
    let makeUUID: @Sendable () -> String
    /// Told of a call's end once its hangup request has been answered (the simulation routes wait on it).
    var endObservers: [String: [@Sendable (CallRecord) -> Void]] = [:]
    private(set) var calls: [String: Call] = [:]

    init(
        engine: EngineLoop, callbacks: any CallbackPort, media: (any MediaPort)?, messaging: (any CallMessagingPort)?,
        recordings: any RecordingLocator, dialing: (any DialPort)?, registry: CallRegistry,
        conferenceRegistry: ConferenceRegistry, traces: TraceBook, timing: CallTiming,
        makeUUID: @escaping @Sendable () -> String
    ) {
        self.engine = engine
        self.callbacks = callbacks
        self.media = media
        self.messaging = messaging
        self.recordings = recordings
        self.dialing = dialing
        self.registry = registry
        conferences = Conferences(registry: conferenceRegistry)
        self.traces = traces
        self.timing = timing
        self.makeUUID = makeUUID
    }

    func call(_ uuid: String) -> Call? {
        calls[uuid]
    }

    func admit(_ setup: CallSetup) -> Call {
        let call = Call(setup: setup, callbacks: CallbackSequence(port: callbacks))
        calls[setup.callUUID] = call
        traces.open(Trace(id: setup.callUUID, kind: .call, accountID: setup.accountID, subaccountID: setup.subaccountID))
        return call
    }

    func forget(_ call: Call) {
        calls[call.uuid] = nil
        registry.remove(call.uuid)
    }

    /// Publishes the call's state to the API's view of live calls.
    func publish(_ call: Call) {
        registry.update(LiveCall(
            callUUID: call.uuid, requestUUID: call.setup.requestUUID, accountID: call.setup.accountID,
            subaccountID: call.setup.subaccountID, direction: call.setup.direction, from: call.setup.from,
            to: call.setup.to, callerName: call.setup.callerName, status: call.status,
            sessionStart: call.setup.startAt, answeredAt: call.answeredAt, parentCallUUID: call.setup.parentCallUUID))
    }

    func trace(_ call: Call, _ time: SimulatedTime, _ event: String, _ details: [(String, String)] = []) {
        traces.append(Trace.Entry(time: time, event: event, details: details), to: call.uuid)
    }

    /// Sends a request that does not steer the call (ring, hangup, a verb's callback), in the call's order, and
    /// traces its outcome when it comes.
    func notify(
        _ call: Call, kind: String, url: CallURL, parameters: [String: String], at time: SimulatedTime,
        then: (@Sendable () -> Void)? = nil
    ) {
        let callback = EngineCallback(
            kind: kind, url: url.url, method: url.method, parameters: parameters,
            credentials: call.setup.credentials, account: call.setup.accountID)
        call.callbacks.send(callback) { [traces, uuid = call.uuid] exchange in
            traces.append(Trace.Entry(time: time, event: "callback \(kind)", exchange: exchange), to: uuid)
            then?()
        }
    }
}
