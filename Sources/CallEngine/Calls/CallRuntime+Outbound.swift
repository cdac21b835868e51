/// An outbound call's start: queued, dialled, ringing, then answered by the callee's handset or not
/// (`docs/calls.md`, "Outcomes").
extension CallRuntime {
    func startOutbound(_ setup: CallSetup, _ turn: EngineTurn) {
        let call = admit(setup)
        publish(call)
        trace(call, turn.time, "queued", [("from", setup.from), ("to", setup.to)])
        call.at(turn.time + timing.dialling, in: turn) { [self] turn in dial(call, turn) }
    }

    private func dial(_ call: Call, _ turn: EngineTurn) {
        let remote = call.setup.remote
        switch remote.answer {
        case .fail:
            end(call, cause: .networkError, unansweredStatus: .failed, turn)
            return
        case .busy:
            end(call, cause: .busy, unansweredStatus: .busy, turn)
            return
        case .answer, .machine, .reject, .noAnswer:
            break
        }
        call.status = .ringing
        call.ringingAt = turn.time
        publish(call)
        trace(call, turn.time, "ringing")
        if let ring = call.setup.ring {
            notify(call, kind: "ring", url: ring, parameters: call.parameters(event: "Ring"), at: turn.time)
        }
        call.ringTimeout = call.at(turn.time + call.setup.ringTimeout, in: turn) { [self] turn in
            guard call.status == .ringing else { return }
            end(call, cause: .ringTimeout, unansweredStatus: .timeout, turn)
        }
        if let delay = call.setup.hangupOnRing {
            call.at(turn.time + delay, in: turn) { [self] turn in
                end(call, cause: .scheduled, unansweredStatus: .noAnswer, turn)
            }
        }
        call.at(turn.time + remote.ringFor, in: turn) { [self] turn in
            guard call.status == .ringing else { return }
            switch remote.answer {
            case .answer: answerOutbound(call, byMachine: false, turn)
            case .machine: answerOutbound(call, byMachine: true, turn)
            case .reject: end(call, cause: .rejected, unansweredStatus: .busy, turn)
            case .noAnswer: end(call, cause: .noAnswer, unansweredStatus: .noAnswer, turn)
            case .busy, .fail: break
            }
        }
    }

    /// The callee picked up (or its machine did): the answer URL is requested, after machine detection has
    /// listened when it was asked for without a `machine_detection_url`.
    private func answerOutbound(_ call: Call, byMachine machine: Bool, _ turn: EngineTurn) {
        call.ringTimeout?.cancel()
        markAnswered(call, turn)
        guard let detection = call.setup.machineDetection else {
            fetchDocument(call, from: call.setup.answer, .answer, turn)
            return
        }
        if let url = detection.url {
            // Asynchronous detection: the XML runs at once and the verdict is posted when it is known.
            fetchDocument(call, from: call.setup.answer, .answer, turn)
            call.at(turn.time + detection.time, in: turn) { [self] turn in
                call.machine = machine
                trace(call, turn.time, "machine detection", [("machine", String(machine))])
                notify(call, kind: "machine_detection", url: url,
                       parameters: call.parameters(event: "MachineDetection"), at: turn.time)
                if machine, detection.mode == .hangup { end(call, cause: .machineDetected, turn) }
            }
            return
        }
        trace(call, turn.time, "machine detection started", [("time_ms", String(detection.time.milliseconds))])
        call.at(turn.time + detection.time, in: turn) { [self] turn in
            call.machine = machine
            trace(call, turn.time, "machine detection", [("machine", String(machine))])
            if machine, detection.mode == .hangup {
                end(call, cause: .machineDetected, turn)
            } else {
                fetchDocument(call, from: call.setup.answer, .answer, turn)
            }
        }
    }

    /// The call is answered now (an outbound callee picked up, or an inbound call's XML reached a verb that
    /// needs the line): billing starts, and so do the time limit and the other end's own hangup.
    func markAnswered(_ call: Call, _ turn: EngineTurn) {
        guard !call.isAnswered, !call.isOver else { return }
        call.status = .inProgress
        call.answeredAt = turn.time
        publish(call)
        trace(call, turn.time, "answered")
        call.at(turn.time + call.setup.timeLimit, in: turn) { [self] turn in end(call, cause: .scheduled, turn) }
        if let after = call.setup.remote.hangupAfter {
            let cause = HangupCause.normal.from(call.setup.direction == .outbound ? "Callee" : "Caller")
            call.at(turn.time + after, in: turn) { [self] turn in end(call, cause: cause, turn) }
        }
        if let digits = call.setup.sendDigits, !call.setup.sendOnPreanswer {
            trace(call, turn.time, "send_digits", [("digits", digits)])
        }
    }
}
