/// The control API's side of the other end of a call: press keys, say something.
extension CallService {
    /// Presses `keys` on the other end of an answered call the account sees. False when there is no such call.
    public func press(_ callUUID: String, keys: String, mainAccountID: String, subaccountID: String?) -> Bool {
        guard let call = answeredCall(callUUID, mainAccountID, subaccountID) else { return false }
        engine.post(account: call.accountID) { [runtime] turn in runtime.value.press(callUUID, keys: keys, turn) }
        return true
    }

    /// Says `text` on the other end of an answered call the account sees, recognised with `confidence`. False
    /// when there is no such call.
    public func say(
        _ callUUID: String, text: String, confidence: Double, mainAccountID: String, subaccountID: String?
    ) -> Bool {
        guard let call = answeredCall(callUUID, mainAccountID, subaccountID) else { return false }
        engine.post(account: call.accountID) { [runtime] turn in
            runtime.value.say(callUUID, text: text, confidence: confidence, turn)
        }
        return true
    }

    private func answeredCall(_ callUUID: String, _ mainAccountID: String, _ subaccountID: String?) -> LiveCall? {
        guard let call = liveCall(callUUID), call.isVisible(toMainAccount: mainAccountID, subaccount: subaccountID),
              call.status == .inProgress
        else { return nil }
        return call
    }
}
