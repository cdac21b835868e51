import CallEngine
import PlivoCatalog
import PlivoStore
import PlivoSupport

/// Turns a validated `POST …/Call/` into engine calls: one per destination, rated from the catalog, played by the
/// destination's handset, signed with the owner's tokens; refused when the account cannot pay for a first
/// billing increment of each.
struct CallPlacing: Sendable {
    let store: any MockPlivoStore & MessageStore & CreditStore
    let ids: IdentifierGenerator
    let engine: EngineComponents

    /// The calls' request UUIDs, in destination order; the calls are queued in the engine.
    func place(_ request: CallRequest, in scope: AccountScope) throws -> [String] {
        if request.errorIfParentNotFound, let parent = request.parentCallUUID,
           engine.calls.liveCall(parent)?.isVisible(toMainAccount: scope.mainAccountID, subaccount: scope.subaccountID) != true {
            throw PlivoError.invalid("parent_call_uuid", "\(parent) is not a call in progress of this account")
        }
        let credentials = try engine.sending.credentials(of: scope)
        let handsets = HandsetDirectory(store: store, mainAccountID: scope.mainAccountID)
        let startAt = engine.loop.now
        var setups: [CallSetup] = []
        var firstIncrements = Money.zero
        for destination in request.destinations {
            let (rate, interval) = Self.rating(of: destination)
            firstIncrements += rate.charge(forBilledSeconds: interval.initial)
            let uuid = ids.makeRandomUUID()
            setups.append(CallSetup(
                direction: .outbound, callUUID: uuid, requestUUID: uuid, parentCallUUID: request.parentCallUUID,
                accountID: scope.mainAccountID, subaccountID: scope.subaccountID, from: request.from, to: destination,
                callerName: request.callerName, answer: request.answer, fallback: request.fallback,
                hangup: request.hangup, ring: request.ring, sendDigits: request.sendDigits,
                sendOnPreanswer: request.sendOnPreanswer, timeLimit: .seconds(Int64(request.timeLimit)),
                hangupOnRing: request.hangupOnRing.map { .seconds(Int64($0)) },
                ringTimeout: .seconds(Int64(request.ringTimeout)), machineDetection: request.machineDetection,
                sipHeaders: request.sipHeaders, credentials: credentials, rate: rate, billingInterval: interval,
                remote: try handsets.handset(for: HandsetDirectory.key(forDestination: destination)).voice,
                startAt: startAt))
        }
        let balance = try store.cashCredits(mainAccountID: scope.mainAccountID)
        guard balance >= firstIncrements else {
            throw StoreError.insufficientCredit(cost: firstIncrements.plivoString, balance: balance.plivoString)
        }
        engine.calls.place(setups)
        return setups.map(\.callUUID)
    }

    /// The per-minute rate and billing interval of a call to `destination`: the catalog's for a number; the US
    /// outbound `ip` rate, per minute, for a SIP URI.
    static func rating(of destination: String) -> (Money, BillingInterval) {
        guard !destination.hasPrefix("sip:") else {
            return (Pricing.standard.pricing(forCountryISO: "US")?.voice.outbound.ip ?? Pricing.restOfWorldVoiceRate,
                    .perMinute)
        }
        return (Pricing.standard.outboundVoiceRate(for: destination), Pricing.standard.billingInterval(for: destination))
    }
}
