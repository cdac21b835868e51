import Primitives

/// The calls that have not ended, as the API reads them, kept up to date by the engine as each call moves on.
/// The one piece of call state shared across threads: a lock around a dictionary of small values.
final class CallRegistry: Sendable {
    private let calls = LockedValue<[String: LiveCall]>([:])

    func update(_ call: LiveCall) {
        calls.withLock { $0[call.callUUID] = call }
    }

    func remove(_ callUUID: String) {
        calls.withLock { _ = $0.removeValue(forKey: callUUID) }
    }

    func call(_ callUUID: String) -> LiveCall? {
        calls.withLock { $0[callUUID] }
    }

    /// The calls an account sees (see ``LiveCall/isVisible(toMainAccount:subaccount:)``) that pass `include`,
    /// oldest first.
    func calls(mainAccountID: String, subaccountID: String?, where include: (LiveCall) -> Bool) -> [LiveCall] {
        calls.withLock { calls in
            calls.values.filter { $0.isVisible(toMainAccount: mainAccountID, subaccount: subaccountID) && include($0) }
        }.sorted { ($0.sessionStart, $0.callUUID) < ($1.sessionStart, $1.callUUID) }
    }

    var count: Int { calls.withLock { $0.count } }

    func allCalls() -> [LiveCall] {
        calls.withLock { Array($0.values) }
    }
}
