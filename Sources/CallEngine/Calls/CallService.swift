import PlivoCatalog

/// The calls, as the rest of the application uses them: start them, look at the ones that have not ended, hang
/// up, transfer, cancel. Callable from any thread: every command becomes a job on the engine (``EngineLoop``),
/// and what the API reads synchronously (is there such a live call?) comes from a registry the engine keeps up
/// to date, so a request never waits for the engine.
///
/// How a call runs is described in `docs/calls.md`; the pieces are in `CallRuntime` and its extensions.
public final class CallService: Sendable {
    let engine: EngineLoop
    let registry = CallRegistry()
    let conferenceRegistry = ConferenceRegistry()
    public let traces: TraceBook
    /// Where recordings are downloaded: the live Record API answers with the URL before the engine runs.
    let recordings: any RecordingLocator
    /// Used on the engine thread only, by the jobs this service posts (here and in its extensions).
    let runtime: EngineBound<CallRuntime>

    public init(
        engine: EngineLoop, callbacks: any CallbackPort, media: (any MediaPort)? = nil,
        messaging: (any CallMessagingPort)? = nil, recordings: any RecordingLocator = RecordingPathLocator(),
        dialing: (any DialPort)? = nil, traces: TraceBook, timing: CallTiming = CallTiming(),
        makeUUID: @escaping @Sendable () -> String
    ) {
        self.engine = engine
        self.traces = traces
        self.recordings = recordings
        runtime = EngineBound(CallRuntime(
            engine: engine, callbacks: callbacks, media: media, messaging: messaging, recordings: recordings,
            dialing: dialing, registry: registry, conferenceRegistry: conferenceRegistry, traces: traces, timing: timing, makeUUID: makeUUID))
    }

    /// Starts outbound calls made through the API, each at its `startAt`. They are visible as queued at once.
    public func place(_ setups: [CallSetup]) {
        for setup in setups {
            registry.update(LiveCall(
                callUUID: setup.callUUID, requestUUID: setup.requestUUID, accountID: setup.accountID,
                subaccountID: setup.subaccountID, direction: .outbound, from: setup.from, to: setup.to,
                callerName: setup.callerName, status: .queued, sessionStart: setup.startAt, answeredAt: nil,
                parentCallUUID: setup.parentCallUUID))
            engine.post(account: setup.accountID, at: setup.startAt) { [runtime] turn in
                runtime.value.startOutbound(setup, turn)
            }
        }
    }

    /// Starts an inbound call (a handset calling a number or endpoint of the account); `onEnd`, if given, hears
    /// of its end once the hangup request has been answered.
    public func receive(_ setup: CallSetup, onEnd: (@Sendable (CallRecord) -> Void)? = nil) {
        engine.post(account: setup.accountID, at: setup.startAt) { [runtime] turn in
            if let onEnd { runtime.value.endObservers[setup.callUUID, default: []].append(onEnd) }
            runtime.value.startInbound(setup, turn)
        }
    }

    /// A call that has not ended, whoever's it is: callers check ``LiveCall/isVisible(toMainAccount:subaccount:)``.
    public func liveCall(_ callUUID: String) -> LiveCall? {
        registry.call(callUUID)
    }

    /// The calls an account sees that have not ended, oldest first; only those in `statuses` when given.
    public func calls(mainAccountID: String, subaccountID: String?, statuses: Set<CallStatus>? = nil) -> [LiveCall] {
        registry.calls(mainAccountID: mainAccountID, subaccountID: subaccountID) { statuses?.contains($0.status) ?? true }
    }

    /// Hangs up (or, before the answer, cancels) a call the account sees. False when there is no such call.
    public func hangup(_ callUUID: String, mainAccountID: String, subaccountID: String?) -> Bool {
        guard let call = visible(callUUID, mainAccountID, subaccountID) else { return false }
        engine.post(account: call.accountID) { [runtime] turn in runtime.value.hangup(callUUID, turn) }
        return true
    }

    /// `DELETE …/Request/{request_uuid}/`: cancels an outbound call still queued or ringing. False when the
    /// account has no such call waiting.
    public func cancelRequest(_ requestUUID: String, mainAccountID: String, subaccountID: String?) -> Bool {
        guard let call = visible(requestUUID, mainAccountID, subaccountID), call.requestUUID == requestUUID,
              call.status == .queued || call.status == .ringing
        else { return false }
        engine.post(account: call.accountID) { [runtime] turn in runtime.value.hangup(requestUUID, turn) }
        return true
    }

    /// Transfers an answered call to the document at `url`. False when the account has no such call in
    /// progress.
    public func transfer(_ callUUID: String, to url: CallURL, mainAccountID: String, subaccountID: String?) -> Bool {
        guard let call = visible(callUUID, mainAccountID, subaccountID), call.status == .inProgress else { return false }
        engine.post(account: call.accountID) { [runtime] turn in runtime.value.transfer(callUUID, to: url, turn) }
        return true
    }

    /// Hangs up every call the account sees that has not ended; how many there were.
    @discardableResult
    public func hangupAll(mainAccountID: String, subaccountID: String?) -> Int {
        let calls = calls(mainAccountID: mainAccountID, subaccountID: subaccountID)
        for call in calls {
            engine.post(account: call.accountID) { [runtime] turn in runtime.value.hangup(call.callUUID, turn) }
        }
        return calls.count
    }

    /// Drops the calls of an account (a main account's include its subaccounts'; every call with nil) without a
    /// CDR or a hangup request: what a reset does, so that nothing of the account's comes back after it.
    public func discard(account authID: String?) {
        let calls = registry.allCalls().filter { authID == nil || $0.accountID == authID || $0.subaccountID == authID }
        for call in calls { registry.remove(call.callUUID) }
        // The rooms those calls were in go too, at once, as the calls do; the engine drops its own rooms next.
        for room in conferenceRegistry.allRooms() where authID == nil || room.accountID == authID || room.ownerID == authID {
            conferenceRegistry.remove(ConferenceKey(ownerID: room.ownerID, name: room.name))
        }
        for (account, group) in Dictionary(grouping: calls, by: \.accountID) {
            let uuids = group.map(\.callUUID)
            engine.post(account: account) { [runtime] _ in runtime.value.discard(uuids) }
        }
    }

    private func visible(_ callUUID: String, _ mainAccountID: String, _ subaccountID: String?) -> LiveCall? {
        registry.call(callUUID).flatMap { $0.isVisible(toMainAccount: mainAccountID, subaccount: subaccountID) ? $0 : nil }
    }
}
