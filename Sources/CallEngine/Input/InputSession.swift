import PlivoXML

/// One GetDigits or GetInput running on a call (`docs/calls.md`, "Input"): each attempt plays the prompts and
/// listens; a key interrupts the prompts; the input is submitted on the finish key, at `numDigits`, or when the
/// other end stops pressing or speaking. With no input after every attempt the element ends and the document goes
/// on, without a request, as Plivo does.
final class InputSession: InputListener {
    /// What the other end gave.
    enum Input {
        case digits(String)
        case speech(String, confidence: Double, spoken: SimulatedDuration)
    }

    private enum Phase {
        case prompting
        case listening
        case done
    }

    private let runtime: CallRuntime
    private let call: Call
    private let rules: InputRules
    private let prompts: [PlivoVerb]
    /// The action request's own parameters for an input.
    private let parameters: (Input) -> [String: String]
    private let finish: VerbFinish
    /// The call's program when the element started: a transfer or a hangup since makes this session stale.
    private let generation: Int

    /// Inside `<PreAnswer>`: the prompts play without answering the call.
    private let earlyMedia: Bool

    private var attempt = 0
    private var phase = Phase.prompting
    private var digits = ""
    /// Speech being heard: with both kinds of input, the first one heard wins.
    private var hearingSpeech = false
    private var timer: EngineTimer?

    init(
        runtime: CallRuntime, call: Call, rules: InputRules, prompts: [PlivoVerb], earlyMedia: Bool,
        parameters: @escaping (Input) -> [String: String], finish: @escaping VerbFinish
    ) {
        self.runtime = runtime
        self.call = call
        self.rules = rules
        self.prompts = prompts
        self.earlyMedia = earlyMedia
        self.parameters = parameters
        self.finish = finish
        generation = call.generation
        call.onTransfer = { [weak self] _ in self?.done() }
    }

    private var isLive: Bool { phase != .done && call.generation == generation && !call.isOver }

    /// Starts the next attempt: prompts, then listening.
    func start(_ turn: EngineTurn) {
        attempt += 1
        phase = .prompting
        digits = ""
        hearingSpeech = false
        timer?.cancel()
        call.listener = self
        trace(turn, "\(rules.name) prompts", [("attempt", "\(attempt) of \(rules.attempts)")])
        scheduleHandsetInput(turn)
        let current = attempt
        let context = VerbContext(runtime: runtime, call: call, turn: turn, earlyMedia: earlyMedia)
        context.performSequence(prompts[...], earlyMedia: earlyMedia, while: { [self] in
            isLive && attempt == current && phase == .prompting
        }) { [self] outcome, turn in
            // A prompt that loops forever (`loop="0"`) holds until a key interrupts it.
            guard isLive, attempt == current, phase == .prompting, case .next = outcome else { return }
            listen(turn)
        }
    }

    private func listen(_ turn: EngineTurn) {
        phase = .listening
        var wait = rules.firstInputTimeout
        if rules.playBeep {
            trace(turn, "beep")
            wait = wait + runtime.timing.beep
        }
        trace(turn, "\(rules.name) listening", [("timeout_seconds", rules.firstInputTimeout.secondsText)])
        restartTimer(after: wait, turn) { [self] turn in
            trace(turn, "\(rules.name) timed out", [("attempt", String(attempt))])
            attemptFailed(turn)
        }
    }

    /// The handset's next scripted input for this attempt, given `digits_after_ms` after the attempt starts.
    /// Each attempt takes the next entry of its script; an empty entry gives nothing this time.
    private func scheduleHandsetInput(_ turn: EngineTurn) {
        let current = attempt
        let after = call.setup.remote.digitsAfter
        if rules.acceptsSpeech, let text = call.takeScriptedSpeech() {
            guard !text.isEmpty else { return }
            let confidence = call.setup.remote.speechConfidence
            call.at(turn.time + after, in: turn) { [self] turn in
                guard isLive, attempt == current else { return }
                runtime.trace(call, turn.time, "handset speaks", [("speech", text)])
                _ = speech(text, confidence: confidence, turn)
            }
        } else if rules.acceptsDigits, let keys = call.takeScriptedDigits() {
            guard !keys.isEmpty else { return }
            call.at(turn.time + after, in: turn) { [self] turn in
                guard isLive, attempt == current else { return }
                runtime.trace(call, turn.time, "handset presses", [("digits", keys)])
                self.keys(keys, turn)
            }
        }
    }

    func keys(_ keys: String, _ turn: EngineTurn) {
        guard isLive, rules.acceptsDigits, !hearingSpeech else { return }
        if phase == .prompting { trace(turn, "prompts interrupted") }
        phase = .listening
        timer?.cancel()
        for key in keys {
            if let finishOnKey = rules.finishOnKey, key == finishOnKey {
                submitDigits(turn)
                return
            }
            guard rules.validDigits.contains(key) else {
                var details = [("key", String(key)), ("valid", rules.validDigits)]
                if let sound = rules.invalidDigitsSound { details.append(("plays", sound)) }
                trace(turn, "\(rules.name) invalid key", details)
                attemptFailed(turn)
                return
            }
            digits.append(key)
            if digits.count >= rules.numDigits {
                submitDigits(turn)
                return
            }
        }
        restartTimer(after: rules.digitTimeout, turn) { [self] turn in submitDigits(turn) }
    }

    func speech(_ text: String, confidence: Double, _ turn: EngineTurn) -> Bool {
        guard isLive, rules.acceptsSpeech, digits.isEmpty, !hearingSpeech else { return false }
        hearingSpeech = true
        if phase == .prompting { trace(turn, "prompts interrupted") }
        phase = .listening
        let spoken = runtime.timing.speech(text)
        reportInterimSpeech(text, turn)
        restartTimer(after: spoken + rules.speechEndTimeout, turn) { [self] turn in
            submit(.speech(text, confidence: confidence, spoken: spoken), turn)
        }
        return true
    }

    /// `interimSpeechResultsCallback`: as each word is said, the words before it are stable and it is not yet.
    private func reportInterimSpeech(_ text: String, _ turn: EngineTurn) {
        guard let callback = rules.interimSpeechCallback else { return }
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        let current = attempt
        for (index, word) in words.enumerated() {
            call.at(turn.time + runtime.timing.perSpokenWord * Int64(index), in: turn) { [self] turn in
                guard isLive, attempt == current else { return }
                var parameters = call.parameters(event: nil)
                parameters["StableSpeech"] = words[..<index].joined(separator: " ")
                parameters["UnstableSpeech"] = word
                parameters["Stability"] = String(Double(index) / Double(words.count))
                parameters["SequenceNumber"] = String(index + 1)
                runtime.notify(call, kind: "interim_speech", url: callback, parameters: parameters, at: turn.time)
            }
        }
    }

    private func submitDigits(_ turn: EngineTurn) {
        // The finish key alone is no input: the attempt failed, as when nothing is pressed.
        guard !digits.isEmpty else {
            attemptFailed(turn)
            return
        }
        submit(.digits(digits), turn)
    }

    private func attemptFailed(_ turn: EngineTurn) {
        timer?.cancel()
        guard attempt >= rules.attempts else {
            start(turn)
            return
        }
        done()
        trace(turn, "\(rules.name) no input", [("attempts", String(attempt))])
        finish(.next(after: .zero), turn)
    }

    private func submit(_ input: Input, _ turn: EngineTurn) {
        done()
        let parameters = parameters(input)
        trace(turn, "\(rules.name) input", parameters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        runtime.finishWithAction(rules.action, redirect: rules.redirect, parameters: parameters, on: call, turn, finish)
    }

    private func done() {
        phase = .done
        timer?.cancel()
        if call.listener === self { call.listener = nil }
    }

    private func restartTimer(after delay: SimulatedDuration, _ turn: EngineTurn, _ work: @escaping (EngineTurn) -> Void) {
        timer?.cancel()
        let current = attempt
        timer = call.at(turn.time + delay, in: turn) { [self] turn in
            guard isLive, attempt == current else { return }
            work(turn)
        }
    }

    private func trace(_ turn: EngineTurn, _ event: String, _ details: [(String, String)] = []) {
        runtime.trace(call, turn.time, event, details)
    }
}
