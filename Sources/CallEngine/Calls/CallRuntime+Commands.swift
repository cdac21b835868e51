/// What the API does to calls that have not ended (`docs/calls.md`, "Live calls"). Each runs at the simulated
/// present of the request; a call that ended meanwhile is left alone.
extension CallRuntime {
    /// `DELETE …/Call/{uuid}/`: an answered call ends normally (source `API Request`); one still queued or
    /// ringing is canceled (1000, `canceled`).
    func hangup(_ uuid: String, _ turn: EngineTurn) {
        guard let call = calls[uuid] else { return }
        trace(call, turn.time, "hangup requested by the API")
        if call.isAnswered {
            end(call, cause: HangupCause.normal.from("API Request"), turn)
        } else {
            end(call, cause: .canceled, unansweredStatus: .canceled, turn)
        }
    }

    /// `POST …/Call/{uuid}/` with `aleg_url`: the document there replaces what the call runs (7013/8013 when it
    /// fails).
    func transfer(_ uuid: String, to url: CallURL, _ turn: EngineTurn) {
        guard let call = calls[uuid], !call.isOver else { return }
        trace(call, turn.time, "transfer requested by the API", [("url", url.url), ("method", url.method)])
        call.generation += 1
        let onTransfer = call.onTransfer
        call.onTransfer = nil
        onTransfer?(turn)
        // A member transferred away leaves its room: the document its `<Conference>` was in no longer runs.
        if let member = conferences.member(of: call) {
            leave(member, continuing: false, because: "the call was transferred", turn)
        }
        fetchDocument(call, from: url, .transfer, turn)
    }

    /// Drops the calls silently: no CDR, no hangup request (an account reset, after which nothing of the
    /// account's may come back).
    func discard(_ uuids: [String]) {
        for uuid in uuids {
            guard let call = calls[uuid] else { continue }
            call.cancelAll()
            // Nothing of the call's runs any more: let go of what its verbs left, so it can be freed.
            call.endHooks.removeAll()
            call.endedAt = call.setup.startAt
            endObservers[uuid] = nil
            forget(call)
        }
        conferences.discard(calls: Set(uuids))
    }

    /// The calls of an account (and, for a main account, its subaccounts') that have not ended.
    func calls(mainAccountID: String, subaccountID: String?) -> [Call] {
        calls.values.filter {
            $0.setup.accountID == mainAccountID && (subaccountID == nil || $0.setup.subaccountID == subaccountID)
        }
    }
}
