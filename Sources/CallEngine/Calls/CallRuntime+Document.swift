import PlivoXML

/// Fetching XML and running it: one verb after another on the simulated clock (`docs/calls.md`, "XML").
extension CallRuntime {
    /// Requests `url` for a document to run in place of whatever the call was running. The call's later work
    /// waits for the answer (``Call/awaitingSince``); the answer is handled at the time the request was made,
    /// so how long the user's server took never shows in the call's timeline.
    func fetchDocument(
        _ call: Call, from url: CallURL, _ source: DocumentSource, _ turn: EngineTurn,
        extraParameters: [String: String] = [:]
    ) {
        let token = call.beginHold(at: turn.time)
        let time = turn.time
        var parameters = call.parameters(event: source.event)
        parameters.merge(extraParameters) { _, extra in extra }
        let callback = EngineCallback(
            kind: source.rawValue, url: url.url, method: url.method, parameters: parameters,
            credentials: call.setup.credentials, account: call.setup.accountID)
        let bound = EngineBound((self, call))
        let account = call.setup.accountID
        let generation = call.generation
        call.callbacks.send(callback) { [engine] exchange in
            engine.post(account: account, at: time) { turn in
                let (runtime, call) = bound.value
                runtime.documentArrived(exchange, for: call, from: source, generation: generation, token: token, turn)
            }
        }
    }

    private func documentArrived(
        _ exchange: CallbackExchange, for call: Call, from source: DocumentSource, generation: Int, token: Int,
        _ turn: EngineTurn
    ) {
        traces.append(Trace.Entry(time: turn.time, event: "callback \(source.rawValue)", exchange: exchange), to: call.uuid)
        // A transfer while this was out replaced what it was fetched for.
        guard !call.isOver, call.generation == generation else { return }
        let failure: (cause: HangupCause, reason: String)
        if exchange.succeeded {
            switch PlivoXMLParser.parse(exchange.body) {
            case .success(let document):
                var details = [("verbs", document.verbs.map(\.name).joined(separator: ", "))]
                details += document.warnings.map { ("warning", $0.description) }
                if let type = exchange.contentType, !type.contains("xml") {
                    details.append(("warning", "Content-Type is \(type); Plivo expects text/xml or application/xml"))
                }
                trace(call, turn.time, "xml", details)
                call.resume(token, in: turn) { run(document.verbs, on: call, turn) }
                return
            case .failure(let problems):
                failure = (source.invalidCause, problems.errors.map(\.description).joined(separator: "; "))
            }
        } else {
            failure = (source.unreachableCause, exchange.error ?? "answered \(exchange.status.map(String.init) ?? "nothing")")
        }
        trace(call, turn.time, "xml rejected", [("reason", failure.reason)])
        if source == .answer, let fallback = call.setup.fallback, !call.triedFallback {
            call.triedFallback = true
            fetchDocument(call, from: fallback, .fallback, turn)
            return
        }
        end(call, cause: failure.cause, turn)
    }

    /// Runs `verbs` from the first, in place of the call's program.
    func run(_ verbs: [PlivoVerb], on call: Call, _ turn: EngineTurn) {
        call.generation += 1
        call.program = verbs
        call.position = 0
        next(call, generation: call.generation, turn)
    }

    private func next(_ call: Call, generation: Int, _ turn: EngineTurn) {
        guard !call.isOver, call.generation == generation else { return }
        guard call.position < call.program.count else {
            trace(call, turn.time, "end of XML")
            end(call, cause: .endOfXML, turn)
            return
        }
        let verb = call.program[call.position]
        call.position += 1
        let context = VerbContext(runtime: self, call: call, turn: turn, earlyMedia: false)
        context.perform(verb) { [self] outcome, turn in
            proceed(call, generation: generation, after: outcome, turn)
        }
    }

    private func proceed(_ call: Call, generation: Int, after outcome: VerbOutcome, _ turn: EngineTurn) {
        guard !call.isOver, call.generation == generation else { return }
        switch outcome {
        case .next(let duration):
            call.at(turn.time + duration, in: turn) { [self] turn in next(call, generation: generation, turn) }
        case .holds:
            break
        case .fetch(let url, let source, let parameters):
            fetchDocument(call, from: url, source, turn, extraParameters: parameters)
        case .hangup(let cause):
            end(call, cause: cause, turn)
        }
    }
}
