import PlivoXML

/// One `<Dial>` on one call, the A leg (`docs/calls.md`, "Dial"): its numbers and users ring at once as B legs,
/// real calls with their own CDRs (`parent_call_uuid` is the A leg); the first to answer is bridged and the others
/// end (9000 Lost Race). The Dial ends when the bridge does (either side hangs up, `timeLimit`, `*` with
/// `hangupOnStar`) or when nobody answers (`timeout`, busy, rejected, failed); then `action` gets `DialStatus` and
/// the rest, and its XML or the next verb runs. `callbackUrl` hears the B leg's answer, connection and hangup.
final class DialSession: InputListener {
    private let runtime: CallRuntime
    private let call: Call
    private let dial: Dial
    private let finish: VerbFinish
    private let generation: Int
    private var legs: [Call] = []
    private var bridged: Call?
    private var anyRang = false
    private var finished = false
    private var timeout: EngineTimer?
    /// The A leg's hook that ends the B legs with it; removed once the Dial is over with every leg ended, so a
    /// call that dials again and again does not keep every earlier Dial until it hangs up.
    private var endHook: CallEndHooks.Token?
    private var recording: RecordingSession?
    /// Keys the A leg pressed during the bridge, for `digitsMatch`.
    private var pressed = ""
    /// While the legs are being started: a leg that ends at once (busy, failed) must not end the Dial before
    /// the others have been rung.
    private var starting = true

    init(runtime: CallRuntime, call: Call, dial: Dial, finish: @escaping VerbFinish) {
        self.runtime = runtime
        self.call = call
        self.dial = dial
        self.finish = finish
        generation = call.generation
    }

    func start(_ turn: EngineTurn, dialing: any DialPort) {
        let ringFor = dial.timeout.map { SimulatedDuration.seconds(Int64($0)) } ?? call.setup.ringTimeout
        trace(call, turn, "Dial", [
            ("targets", dial.targets.map(\.destination).joined(separator: ", ")),
            ("timeout_seconds", ringFor.secondsText), ("time_limit", String(dial.timeLimit)),
        ])
        var unreachable: [String] = []
        for target in dial.targets {
            guard let leg = dialing.leg(to: target.destination, mainAccountID: call.setup.accountID,
                                        subaccountID: call.setup.subaccountID)
            else {
                unreachable.append(target.destination)
                continue
            }
            legs.append(startLeg(leg, target, turn))
        }
        starting = false
        for destination in unreachable {
            trace(call, turn, "Dial target unreachable", [("to", destination), ("reason", "not an endpoint of the account")])
        }
        call.onTransfer = { [self] turn in
            // The A leg runs another document now: the Dial is over, its legs with it.
            trace(call, turn, "Dial ended by a transfer")
            finished = true
            timeout?.cancel()
            recording?.end(turn, reason: "transfer")
            if call.listener === self { call.listener = nil }
            for leg in legs where !leg.isOver {
                runtime.end(leg, cause: leg.isAnswered ? HangupCause.normal.from("Caller") : .canceled,
                            unansweredStatus: .canceled, turn)
            }
        }
        endHook = call.endHooks.add { [self] turn in
            // The A leg hung up: every B leg ends with it.
            for leg in legs where !leg.isOver {
                runtime.end(leg, cause: leg.isAnswered ? HangupCause.normal.from("Caller") : .canceled,
                            unansweredStatus: .canceled, turn)
            }
        }
        guard !legs.isEmpty else {
            end(status: "failed", cause: HangupCause.invalidDestination.telephonyCause, bLeg: nil, turn)
            return
        }
        // Every leg may have ended while it was being started (all busy or failed).
        if let last = legs.last, legs.allSatisfy(\.isOver) {
            legEnded(last, turn)
            return
        }
        timeout = call.at(turn.time + ringFor, in: turn) { [self] turn in
            guard bridged == nil else { return }
            trace(call, turn, "Dial timed out")
            for leg in legs where !leg.isOver {
                runtime.end(leg, cause: HangupCause.noAnswer.from("Plivo"), unansweredStatus: .noAnswer, turn)
            }
        }
    }

    private func startLeg(_ leg: DialLeg, _ target: DialTarget, _ turn: EngineTurn) -> Call {
        let setup = CallSetup(
            direction: .outbound, callUUID: runtime.makeUUID(), requestUUID: nil, parentCallUUID: call.uuid,
            accountID: call.setup.accountID, subaccountID: call.setup.subaccountID,
            from: dial.callerId ?? target.callerId ?? call.setup.from, to: leg.to,
            callerName: dial.callerName ?? target.callerName ?? call.setup.callerName,
            answer: call.setup.answer, hangup: nil, sendDigits: target.sendDigits,
            timeLimit: .seconds(Int64(dial.timeLimit)), sipHeaders: dial.sipHeaders.map { ($0.name, $0.value) },
            credentials: call.setup.credentials, rate: leg.rate, billingInterval: leg.billingInterval,
            remote: leg.remote, startAt: turn.time)
        let leg = runtime.admit(setup)
        runtime.publish(leg)
        trace(leg, turn, "queued", [("from", setup.from), ("to", setup.to), ("dialled_by", call.uuid)])
        leg.endHooks.add { [self] turn in legEnded(leg, turn) }
        let remote = setup.remote
        switch remote.answer {
        case .fail:
            runtime.end(leg, cause: .networkError, unansweredStatus: .failed, turn)
        case .busy:
            runtime.end(leg, cause: .busy, unansweredStatus: .busy, turn)
        case .answer, .machine, .reject, .noAnswer:
            leg.status = .ringing
            leg.ringingAt = turn.time
            anyRang = true
            runtime.publish(leg)
            trace(leg, turn, "ringing")
            leg.at(turn.time + remote.ringFor, in: turn) { [self] turn in
                guard leg.status == .ringing else { return }
                switch remote.answer {
                case .answer, .machine: answered(leg, turn)
                case .reject: runtime.end(leg, cause: .rejected, unansweredStatus: .busy, turn)
                // As on a call made through the API: the handset gives up ringing after `ring_ms`.
                case .noAnswer: runtime.end(leg, cause: .noAnswer, unansweredStatus: .noAnswer, turn)
                case .busy, .fail: break
                }
            }
        }
        return leg
    }

    private func answered(_ leg: Call, _ turn: EngineTurn) {
        guard bridged == nil, !finished, call.generation == generation, !call.isOver else {
            runtime.end(leg, cause: .lostRace, unansweredStatus: .canceled, turn)
            return
        }
        bridged = leg
        timeout?.cancel()
        for other in legs where other !== leg && !other.isOver {
            runtime.end(other, cause: .lostRace, unansweredStatus: .canceled, turn)
        }
        runtime.markAnswered(leg, turn)
        trace(call, turn, "Dial answered", [("b_leg", leg.uuid), ("to", leg.setup.to)])
        event("answer", leg, turn)
        event("connected", leg, turn)
        if dial.hangupOnStar || !dial.digitsMatch.isEmpty { call.listener = self }
        if let record = call.recordOnDialAnswer {
            call.recordOnDialAnswer = nil
            let session = RecordingSession(runtime: runtime, call: call, record: record)
            session.startBackground(turn)
            recording = session
        }
    }

    /// A B leg ended, whatever ended it (its handset, the API, the time limit, the A leg, a lost race).
    private func legEnded(_ leg: Call, _ turn: EngineTurn) {
        guard !starting else { return }
        let cause = leg.endCause ?? .normal
        if leg === bridged {
            recording?.end(turn, reason: "the Dial's bridge ended")
            if call.listener === self { call.listener = nil }
            event("hangup", leg, turn, cause: cause)
            end(status: "completed", cause: cause.telephonyCause, bLeg: leg.uuid, turn)
            return
        }
        guard bridged == nil, legs.allSatisfy({ $0 === leg || $0.isOver }) else { return }
        let status = switch cause.code {
        case HangupCause.busy.code, HangupCause.rejected.code: "busy"
        case HangupCause.networkError.code: "failed"
        case HangupCause.canceled.code: "cancel"
        default: "no-answer"
        }
        end(status: status, cause: cause.telephonyCause, bLeg: nil, turn)
    }

    private func end(status: String, cause: String, bLeg: String?, _ turn: EngineTurn) {
        guard !finished else { return }
        finished = true
        timeout?.cancel()
        if let endHook, legs.allSatisfy(\.isOver) { call.endHooks.remove(endHook) }
        let parameters = [
            "DialStatus": status, "DialRingStatus": anyRang ? "true" : "false", "DialHangupCause": cause,
            "DialALegUUID": call.uuid, "DialBLegUUID": bLeg ?? "",
        ]
        trace(call, turn, "Dial ended", parameters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        // The A leg hung up: nothing of its document runs any more.
        guard !call.isOver, call.generation == generation else { return }
        runtime.finishWithAction(
            dial.action.map { CallURL($0, method: dial.method.rawValue) }, redirect: dial.redirect,
            parameters: parameters, on: call, turn, finish)
    }

    /// `callbackUrl`'s events about the B leg: `answer`, `connected`, `hangup` (with its durations and cause),
    /// `digits`.
    private func event(_ action: String, _ leg: Call, _ turn: EngineTurn, cause: HangupCause? = nil, extra: [String: String] = [:]) {
        guard let callback = dial.callbackURL else { return }
        var parameters = call.parameters(event: nil)
        parameters.merge([
            "DialAction": action, "DialBLegStatus": action, "DialALegUUID": call.uuid, "DialBLegUUID": leg.uuid,
            "DialBLegFrom": leg.setup.from, "DialBLegTo": leg.setup.to,
        ]) { _, own in own }
        if let cause, let answered = leg.answeredAt {
            let duration = (turn.time - answered).secondsRoundedUp
            parameters["DialBLegDuration"] = String(duration)
            parameters["DialBLegBillDuration"] = String(leg.setup.billingInterval.bill(duration: Int(duration), perMinuteRate: leg.setup.rate).0)
            parameters["DialBLegHangupCause"] = cause.telephonyCause
            parameters["DialBLegHangupCauseName"] = cause.name
            parameters["DialBLegHangupCauseCode"] = String(cause.code)
            parameters["DialBLegHangupSource"] = cause.source
        }
        parameters.merge(extra) { _, own in own }
        runtime.notify(call, kind: "dial_\(action)", url: CallURL(callback, method: dial.callbackMethod.rawValue),
                       parameters: parameters, at: turn.time)
    }

    /// The A leg's keys during the bridge: `*` drops the B leg with `hangupOnStar`; `digitsMatch` patterns are
    /// reported to `callbackUrl`.
    func keys(_ keys: String, _ turn: EngineTurn) {
        guard let leg = bridged, !leg.isOver else { return }
        for key in keys {
            if dial.hangupOnStar && key == "*" {
                trace(call, turn, "Dial hangupOnStar")
                runtime.end(leg, cause: HangupCause.normal.from("Caller"), turn)
                return
            }
            pressed.append(key)
            if let match = dial.digitsMatch.first(where: { pressed.hasSuffix($0) }) {
                pressed = ""
                event("digits", leg, turn, extra: ["DialDigitsMatch": match, "DialDigitsPressedBy": "ALeg"])
            }
        }
    }

    func speech(_ text: String, confidence: Double, _ turn: EngineTurn) -> Bool { false }

    private func trace(_ call: Call, _ turn: EngineTurn, _ event: String, _ details: [(String, String)] = []) {
        runtime.trace(call, turn.time, event, details)
    }
}

extension DialTarget {
    /// What it rings: a number's digits or a SIP URI.
    var destination: String {
        switch self {
        case .number(let number): number.number.hasPrefix("+") ? String(number.number.dropFirst()) : number.number
        case .user(let user): user.uri
        }
    }

    var callerId: String? {
        switch self {
        case .number(let number): number.callerId
        case .user(let user): user.callerId
        }
    }

    var callerName: String? {
        switch self {
        case .number(let number): number.callerName
        case .user(let user): user.callerName
        }
    }

    var sendDigits: String? {
        switch self {
        case .number(let number): number.sendDigits
        case .user(let user): user.sendDigits
        }
    }
}
