import PlivoXML

/// One `<Record>` on one call (`docs/calls.md`, "Record"). In the foreground it records the other end for as
/// long as its handset talks, then until `timeout` seconds of silence, a finish key or `maxLength`, whichever
/// comes first, and finishes the element with the action. In the background (`recordSession`) the element goes
/// on at once and the recording lasts until the call ends.
final class RecordingSession: InputListener {
    private let runtime: CallRuntime
    private let call: Call
    private let record: Record
    private let recordingID: String
    private var startedAt = SimulatedTime(microseconds: 0)
    private var isRecording = false
    private var endHook: CallEndHooks.Token?
    private var timer: EngineTimer?
    /// Set in the foreground: ends the element.
    private var finish: VerbFinish?
    private let generation: Int

    init(runtime: CallRuntime, call: Call, record: Record) {
        self.runtime = runtime
        self.call = call
        self.record = record
        recordingID = runtime.makeUUID()
        generation = call.generation
    }

    private var format: RecordingRecord.Format { record.fileFormat == .wav ? .wav : .mp3 }

    /// Records in the foreground: the element ends when the recording does.
    func startForeground(_ turn: EngineTurn, _ finish: @escaping VerbFinish) {
        self.finish = finish
        startedAt = turn.time + (record.playBeep ? runtime.timing.beep : .zero)
        begin(turn, mode: "foreground")
        call.listener = self
        let remote = call.setup.remote
        let maxEnd = startedAt + .seconds(Int64(record.maxLength))
        var end = startedAt + remote.recordTalk
        var key: Character?
        if let finishKey = remote.recordFinishKey, record.finishOnKey.contains(finishKey) {
            key = finishKey
        } else {
            end = end + .seconds(Int64(record.timeout))
        }
        if end > maxEnd {
            end = maxEnd
            key = nil
        }
        timer = call.at(end, in: turn) { [self] turn in
            guard isRecording else { return }
            if let key { runtime.trace(call, turn.time, "handset presses", [("digits", String(key))]) }
            stop(turn, digits: key.map(String.init), reason: key == nil ? "silence or maxLength" : "finish key")
        }
    }

    /// Records in the background from now until the call ends; the action hears of it at once, with -1 for
    /// what is not known yet.
    func startBackground(_ turn: EngineTurn) {
        startedAt = turn.time
        begin(turn, mode: "session")
        guard let action = record.action else { return }
        var parameters = call.parameters(event: nil)
        parameters.merge(RecordingParameters.started(recordingID: recordingID, url: url)) { _, own in own }
        runtime.notify(call, kind: "action", url: CallURL(action, method: record.method.rawValue),
                       parameters: parameters, at: turn.time)
    }

    /// Ends a background recording before the call does (the Dial bridge it recorded is over).
    func end(_ turn: EngineTurn, reason: String) {
        guard isRecording else { return }
        stop(turn, digits: nil, reason: reason)
    }

    private func begin(_ turn: EngineTurn, mode: String) {
        isRecording = true
        if record.playBeep && finish != nil { runtime.trace(call, turn.time, "beep") }
        runtime.trace(call, turn.time, "Record started", [
            ("recording_id", recordingID), ("mode", mode), ("format", format.rawValue),
            ("max_length", String(record.maxLength)), ("timeout", String(record.timeout)),
            ("finish_on_key", record.finishOnKey),
        ])
        // A hangup ends the recording where it is; the call's own end comes after.
        endHook = call.endHooks.add { [self] turn in
            guard isRecording else { return }
            stop(turn, digits: nil, reason: "hangup")
        }
        // A transfer replaces the document: a foreground recording ends with its verb, without its action; a
        // background one records the call, whatever it runs, until it ends.
        if finish != nil {
            call.onTransfer = { [self] turn in
                guard isRecording else { return }
                finish = nil
                stop(turn, digits: nil, reason: "transfer")
            }
        }
    }

    private var url: String {
        runtime.recordings.url(of: recording(endingAt: startedAt))
    }

    private func recording(endingAt end: SimulatedTime) -> RecordingRecord {
        RecordingRecord(
            recordingID: recordingID, accountID: call.setup.accountID, subaccountID: call.setup.subaccountID,
            callUUID: call.uuid, conferenceName: nil, kind: .call, format: format, startedAt: startedAt,
            endedAt: max(end, startedAt), from: call.setup.from, to: call.setup.to)
    }

    func keys(_ keys: String, _ turn: EngineTurn) {
        guard isRecording, finish != nil, let key = keys.first(where: { record.finishOnKey.contains($0) }) else { return }
        stop(turn, digits: String(key), reason: "finish key")
    }

    func speech(_ text: String, confidence: Double, _ turn: EngineTurn) -> Bool { false }

    private func stop(_ turn: EngineTurn, digits: String?, reason: String) {
        isRecording = false
        if let endHook { call.endHooks.remove(endHook) }
        timer?.cancel()
        if call.listener === self { call.listener = nil }
        let recording = recording(endingAt: turn.time)
        turn.record(.recordingCompleted(recording))
        let url = runtime.recordings.url(of: recording)
        let parameters = RecordingParameters.of(recording, url: url)
        runtime.trace(call, turn.time, "Record ended", [
            ("recording_id", recordingID), ("reason", reason), ("duration_ms", parameters["RecordingDurationMs"] ?? ""),
        ] + (digits.map { [("digits", $0)] } ?? []))
        announce(recording, parameters, turn)
        guard let finish, call.generation == generation, !call.isOver else { return }
        // Once: a stop that comes again (a held timer and a key at the same time) finds nothing to finish.
        self.finish = nil
        var actionParameters = parameters
        if let digits { actionParameters["Digits"] = digits }
        runtime.finishWithAction(
            record.action.map { CallURL($0, method: record.method.rawValue) }, redirect: record.redirect,
            parameters: actionParameters, on: call, turn, finish)
    }

    /// `callbackUrl` and `transcriptionUrl` hear of the finished file once it is stored (listed, downloadable).
    private func announce(_ recording: RecordingRecord, _ parameters: [String: String], _ turn: EngineTurn) {
        let time = turn.time
        turn.afterChangesStored { [self] in
            if let callback = record.callbackURL {
                var request = call.parameters(event: nil)
                request.merge(parameters) { _, own in own }
                runtime.notify(call, kind: "record_callback", url: CallURL(callback, method: record.callbackMethod.rawValue),
                               parameters: request, at: time)
            }
            if record.transcriptionType != nil, let transcription = record.transcriptionURL {
                runtime.notify(call, kind: "transcription",
                               url: CallURL(transcription, method: record.transcriptionMethod.rawValue),
                               parameters: runtime.timing.transcription(of: recording), at: time)
            }
        }
    }
}
