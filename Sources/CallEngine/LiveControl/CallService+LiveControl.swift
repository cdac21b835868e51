/// Live call control, as the API uses it (`docs/calls.md`, "Live call control"): each operation acts on an
/// answered call the account sees, and is false (the API's 404) for any other. Like the other commands it
/// returns at once; the engine runs it at the simulated present, and a call that ended meanwhile is left alone.
extension CallService {
    /// Starts recording; the URL the recording will be downloaded from, or nil when there is no such call.
    public func startRecording(
        _ callUUID: String, _ recording: LiveRecording, mainAccountID: String, subaccountID: String?
    ) -> String? {
        guard let call = answeredCall(callUUID, mainAccountID, subaccountID) else { return nil }
        var located = recording
        // The locator places a file by its id, owner and format; the times it is given do not move it.
        let now = engine.now
        located.url = recordings.url(of: RecordingRecord(
            recordingID: recording.recordingID, accountID: call.accountID, subaccountID: call.subaccountID,
            callUUID: callUUID, conferenceName: nil, kind: .call, format: recording.format, startedAt: now, endedAt: now))
        let started = located
        post(call) { runtime, turn in runtime.startRecording(started, on: callUUID, turn) }
        return started.url
    }

    /// Stops the recording whose URL is `url`, or every recording of the call when nil.
    public func stopRecording(_ callUUID: String, url: String?, mainAccountID: String, subaccountID: String?) -> Bool {
        guard let call = answeredCall(callUUID, mainAccountID, subaccountID) else { return false }
        post(call) { runtime, turn in runtime.stopRecordings(on: callUUID, url: url, turn) }
        return true
    }

    public func play(_ callUUID: String, _ play: LivePlay, mainAccountID: String, subaccountID: String?) -> Bool {
        guard let call = answeredCall(callUUID, mainAccountID, subaccountID) else { return false }
        post(call) { runtime, turn in runtime.startPlay(play, on: callUUID, turn) }
        return true
    }

    public func stopPlay(_ callUUID: String, mainAccountID: String, subaccountID: String?) -> Bool {
        guard let call = answeredCall(callUUID, mainAccountID, subaccountID) else { return false }
        post(call) { runtime, turn in runtime.stopSound(.play, on: callUUID, turn) }
        return true
    }

    public func speak(_ callUUID: String, _ speak: LiveSpeak, mainAccountID: String, subaccountID: String?) -> Bool {
        guard let call = answeredCall(callUUID, mainAccountID, subaccountID) else { return false }
        post(call) { runtime, turn in runtime.startSpeak(speak, on: callUUID, turn) }
        return true
    }

    public func stopSpeak(_ callUUID: String, mainAccountID: String, subaccountID: String?) -> Bool {
        guard let call = answeredCall(callUUID, mainAccountID, subaccountID) else { return false }
        post(call) { runtime, turn in runtime.stopSound(.speak, on: callUUID, turn) }
        return true
    }

    /// Sends DTMF keys on the call (`POST …/Call/{call_uuid}/DTMF/`).
    public func sendDigits(
        _ callUUID: String, digits: String, leg: CallLegs, mainAccountID: String, subaccountID: String?
    ) -> Bool {
        guard let call = answeredCall(callUUID, mainAccountID, subaccountID) else { return false }
        post(call) { runtime, turn in runtime.sendDigits(digits, leg: leg, on: callUUID, turn) }
        return true
    }

    /// A call the account sees that has been answered and has not ended: the only kind live control acts on.
    private func answeredCall(_ callUUID: String, _ mainAccountID: String, _ subaccountID: String?) -> LiveCall? {
        guard let call = registry.call(callUUID), call.isVisible(toMainAccount: mainAccountID, subaccount: subaccountID),
              call.status == .inProgress
        else { return nil }
        return call
    }

    private func post(_ call: LiveCall, _ work: @escaping @Sendable (CallRuntime, EngineTurn) -> Void) {
        engine.post(account: call.accountID) { [runtime] turn in work(runtime.value, turn) }
    }
}
