/// Live Play, Speak and DTMF on the engine thread (`docs/calls.md`, "Live call control"). They sound over the
/// call's XML without pausing it: the document goes on verb by verb while a live play runs, as on Plivo, where
/// the API plays on the channel and not in the document.
extension CallRuntime {
    func startPlay(_ play: LivePlay, on uuid: String, _ turn: EngineTurn) {
        guard let call = calls[uuid], !call.isOver else { return }
        let id = begin(.play, on: call, turn)
        var details = [
            ("urls", play.urls.joined(separator: ",")), ("length", play.length.map(\.secondsText) ?? "none"),
            ("legs", play.legs.rawValue), ("loop", String(play.loop)), ("mix", String(play.mix)),
        ]
        if play.loop {
            // Looping, the files' lengths do not matter: it plays until `length`, or until stopped.
            details.append(("seconds", play.length?.secondsText ?? "until stopped"))
            trace(call, turn.time, "live play started", details)
            if let length = play.length { scheduleEnd(of: .play, id: id, on: call, at: turn.time + length, turn) }
            return
        }
        guard let media else {
            let length = capped(timing.unknownAudioLength * Int64(play.urls.count), by: play.length)
            details += [("seconds", length.secondsText), ("note", "file lengths not looked up; \(timing.unknownAudioLength.secondsText) s a file")]
            trace(call, turn.time, "live play started", details)
            scheduleEnd(of: .play, id: id, on: call, at: turn.time + length, turn)
            return
        }
        // The files' lengths come from the network: the play is traced now and ends once they are known, at its
        // start plus their sum. The call's XML is not held meanwhile (the play does not steer it).
        trace(call, turn.time, "live play started", details)
        let started = turn.time
        let bound = EngineBound((self, call))
        let lengths = FileLengths(count: play.urls.count)
        let account = call.setup.accountID
        for (index, url) in play.urls.enumerated() {
            media.audioLength(of: url, account: account) { [engine] result in
                guard let all = lengths.set(result, at: index) else { return }
                engine.post(account: account, at: started) { turn in
                    let (runtime, call) = bound.value
                    runtime.filesMeasured(all, for: play, id: id, on: call, started: started, turn)
                }
            }
        }
    }

    private func filesMeasured(
        _ results: [Result<SimulatedDuration, MediaError>], for play: LivePlay, id: Int, on call: Call,
        started: SimulatedTime, _ turn: EngineTurn
    ) {
        guard !call.isOver, call.live[.play]?.id == id else { return }
        var total = SimulatedDuration.zero
        for (url, result) in zip(play.urls, results) {
            switch result {
            case .success(let length): total = total + length
            case .failure(let error) where error.kind == .unreachable:
                trace(call, turn.time, "live play skips a file", [("url", url), ("reason", error.message)])
            case .failure(let error):
                trace(call, turn.time, "live play file length unknown", [("url", url), ("reason", error.message)])
                total = total + timing.unknownAudioLength
            }
        }
        scheduleEnd(of: .play, id: id, on: call, at: started + capped(total, by: play.length), turn)
    }

    func startSpeak(_ speak: LiveSpeak, on uuid: String, _ turn: EngineTurn) {
        guard let call = calls[uuid], !call.isOver else { return }
        let id = begin(.speak, on: call, turn)
        let once = timing.speech(speak.text)
        trace(call, turn.time, "live speak started", [
            ("text", String(speak.text.prefix(200))), ("voice", speak.voice), ("language", speak.language),
            ("legs", speak.legs.rawValue), ("loop", String(speak.loop)), ("mix", String(speak.mix)),
            ("seconds", speak.loop ? "until stopped" : once.secondsText),
        ])
        if !speak.loop { scheduleEnd(of: .speak, id: id, on: call, at: turn.time + once, turn) }
    }

    /// `DELETE …/Play/` or `…/Speak/`: ends what is playing now; a stop with nothing playing is traced too.
    func stopSound(_ sound: LiveMedia.Sound, on uuid: String, _ turn: EngineTurn) {
        guard let call = calls[uuid], !call.isOver else { return }
        guard call.live[sound] != nil else {
            trace(call, turn.time, "live \(sound.rawValue) stop requested", [("note", "nothing was playing")])
            return
        }
        stop(sound, on: call, reason: "stopped by the API", turn)
    }

    func sendDigits(_ digits: String, leg: CallLegs, on uuid: String, _ turn: EngineTurn) {
        guard let call = calls[uuid], !call.isOver else { return }
        trace(call, turn.time, "digits sent", [
            ("digits", digits), ("leg", leg.rawValue), ("seconds", timing.tones(digits).secondsText),
        ])
    }

    /// Ends a sound before its time, tracing how long it played.
    func stop(_ sound: LiveMedia.Sound, on call: Call, reason: String, _ turn: EngineTurn) {
        guard let playing = call.live[sound] else { return }
        playing.end?.cancel()
        call.live[sound] = nil
        trace(call, turn.time, "live \(sound.rawValue) stopped", [
            ("reason", reason), ("played_seconds", (turn.time - playing.startedAt).secondsText),
        ])
    }

    /// A new sound replaces the one of its kind still playing.
    private func begin(_ sound: LiveMedia.Sound, on call: Call, _ turn: EngineTurn) -> Int {
        stop(sound, on: call, reason: "replaced by a new \(sound.rawValue)", turn)
        let id = call.live.nextID()
        call.live[sound] = LiveMedia.Playing(id: id, startedAt: turn.time)
        return id
    }

    private func scheduleEnd(of sound: LiveMedia.Sound, id: Int, on call: Call, at time: SimulatedTime, _ turn: EngineTurn) {
        let timer = call.at(time, in: turn) { [self] turn in
            guard let playing = call.live[sound], playing.id == id else { return }
            call.live[sound] = nil
            trace(call, turn.time, "live \(sound.rawValue) ended", [("seconds", (turn.time - playing.startedAt).secondsText)])
        }
        call.live[sound]?.end = timer
    }

    private func capped(_ length: SimulatedDuration, by limit: SimulatedDuration?) -> SimulatedDuration {
        limit.map { min(length, $0) } ?? length
    }
}
