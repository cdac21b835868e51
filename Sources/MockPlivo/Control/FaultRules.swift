import HTTPServerKit
import PlivoSupport
import Primitives
import Synchronization

/// The fault rules in force, shared by the control handlers that edit them and the ``FaultMiddleware`` that
/// applies them. Rules are tried in creation order; the first that matches, is not spent and wins its
/// probability draw applies, and its count goes down under the same lock, so `times: 2` is exactly two requests
/// however many arrive at once.
final class FaultRules: Sendable {
    /// More live rules than any test needs; the cap keeps a runaway harness from growing the list without bound.
    /// At the cap, the oldest spent rule makes room for a new one.
    static let maxRules = 1000
    /// The most rules one account may keep (a main account and its subaccounts together), so that no account
    /// can fill the shared pool and lock every other account out of fault injection. The administrator's own
    /// rules are bounded by ``maxRules`` only.
    static let maxRulesPerAccount = 100

    private struct State {
        var rules: [FaultRule] = []
        var nextID = 1
        var random: SeedableRandom
    }

    private let state: LockedValue<State>
    /// `state.rules.count`, stored under the lock by every change: `take` runs on every API request, and with no
    /// rules (nearly always) it answers from this without taking the lock the event loops would otherwise share.
    private let ruleCount = Atomic(0)

    /// With a seed, probability draws repeat from run to run. The generator is the rules' own, so drawing never
    /// shifts the identifiers that ``IdentifierGenerator`` hands out for the same seed.
    init(seed: UInt64? = nil) {
        let seeded = seed.map { SplitMix64(seed: $0 ^ 0xFA01_7FA0_17FA_017F) }
        state = LockedValue(State(random: SeedableRandom(seeded: seeded)))
    }

    /// Adds `rule` under a fresh id and returns it as stored. `owner` is the main account whose quota it counts
    /// against (``maxRulesPerAccount``); `nil` for the administrator's rules.
    func add(_ rule: FaultRule, owner: String? = nil) throws(PlivoError) -> FaultRule {
        try state.withLock { state throws(PlivoError) in
            if let owner, state.rules.count(where: { $0.owner == owner }) >= Self.maxRulesPerAccount {
                // As at the pool's cap: an account's own spent rules go first.
                guard let spent = state.rules.firstIndex(where: { $0.owner == owner && $0.isSpent }) else {
                    throw PlivoError(.badRequest, "account \(owner) already keeps \(Self.maxRulesPerAccount) fault "
                        + "rules, the most one account may; delete some first")
                }
                state.rules.remove(at: spent)
            }
            if state.rules.count >= Self.maxRules {
                // A long CI run that never clears its spent `times` rules must not hit the cap: they go first.
                guard let spent = state.rules.firstIndex(where: \.isSpent) else {
                    throw PlivoError(.badRequest, "too many fault rules (\(Self.maxRules)); delete some first")
                }
                state.rules.remove(at: spent)
            }
            var rule = rule
            rule.id = String(state.nextID)
            rule.owner = owner
            state.nextID += 1
            state.rules.append(rule)
            ruleCount.store(state.rules.count, ordering: .releasing)
            return rule
        }
    }

    /// The rules, oldest first; spent ones included, with `remaining` 0.
    func list(account: String? = nil) -> [FaultRule] {
        state.withLock { state in state.rules.filter { account == nil || $0.account == account } }
    }

    /// Removes the rule with this id, if `isVisible` allows it; false when there was none.
    func remove(id: String, where isVisible: (FaultRule) -> Bool = { _ in true }) -> Bool {
        state.withLock { state in
            guard let index = state.rules.firstIndex(where: { $0.id == id && isVisible($0) }) else { return false }
            state.rules.remove(at: index)
            ruleCount.store(state.rules.count, ordering: .releasing)
            return true
        }
    }

    /// Removes every rule, or only those of `account`; returns how many went.
    @discardableResult
    func removeAll(account: String? = nil) -> Int {
        state.withLock { state in
            let before = state.rules.count
            state.rules.removeAll { account == nil || $0.account == account }
            ruleCount.store(state.rules.count, ordering: .releasing)
            return before - state.rules.count
        }
    }

    /// The rule to apply to this request, already counted, or `nil` to answer normally.
    func take(method: String, path: String, account: String?) -> FaultRule? {
        guard ruleCount.load(ordering: .acquiring) > 0 else { return nil }
        return state.withLock { state in
            for index in state.rules.indices {
                let rule = state.rules[index]
                guard !rule.isSpent, rule.matches(method: method, path: path, account: account) else { continue }
                if rule.probability <= 0 { continue }
                if rule.probability < 1, Double.random(in: 0..<1, using: &state.random) >= rule.probability { continue }
                if let remaining = rule.remaining { state.rules[index].remaining = remaining - 1 }
                state.rules[index].applied += 1
                return state.rules[index]
            }
            return nil
        }
    }
}
