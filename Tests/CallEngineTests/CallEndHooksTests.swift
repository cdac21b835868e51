import Synchronization
import Testing
@testable import CallEngine

/// What a call runs when it ends: in order, and without what finished before it (a call that re-enters rooms or
/// records again and again must not collect a hook per visit).
@Suite("Call end hooks")
struct CallEndHooksTests {
    @Test("A removed hook is not taken; taking them leaves none")
    func removal() {
        var hooks = CallEndHooks()
        hooks.add { _ in }
        let second = hooks.add { _ in }
        hooks.add { _ in }
        hooks.remove(second)
        #expect(hooks.count == 2)
        #expect(hooks.takeAll().count == 2)
        #expect(hooks.isEmpty)
    }

    @Test("A member who leaves its room and joins again, twenty times, leaves one hook on its call, not twenty")
    func conferenceVisitsDoNotAccumulate() {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        let room = #"<Response><Conference hangupOnStar="true" action="http://127.0.0.1:9/again">Loop</Conference></Response>"#
        harness.answer(with: room)
        harness.callbacks.reply("http://127.0.0.1:9/again", body: room)
        harness.calls.place([CallHarness.setup()])
        harness.advance(by: .seconds(4))
        for _ in 0..<20 {
            #expect(harness.calls.press("call-1", keys: "*", mainAccountID: "MAACCOUNT", subaccountID: nil))
            harness.advance(by: .seconds(1))
        }
        #expect(harness.events("call-1").filter { $0 == "Conference entered" }.count == 21)
        let hooks = Mutex(-1)
        harness.engine.post(account: "MAACCOUNT") { [runtime = harness.calls.runtime] _ in
            hooks.withLock { $0 = runtime.value.calls["call-1"]?.endHooks.count ?? -1 }
        }
        harness.advance(by: .zero)
        #expect(hooks.withLock { $0 } == 1)
    }
}

@Suite("Conference commands and the room they were meant for")
struct ConferenceCommandTargetTests {
    @Test("A hang-up posted for a room that closed meanwhile does not reach the new room of the same name")
    func staleCommandMissesNewRoom() throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        harness.answer(with: "<Response><Conference>Same</Conference></Response>")
        harness.calls.place([CallHarness.setup("call-1")])
        harness.advance(by: .seconds(4))
        let first = try #require(harness.calls.conference("Same", ownerID: "MAACCOUNT"))
        #expect(harness.calls.hangup("call-1", mainAccountID: "MAACCOUNT", subaccountID: nil))
        harness.calls.place([CallHarness.setup("call-2", at: CallHarness.origin + .seconds(4))])
        harness.advance(by: .seconds(4))
        let second = try #require(harness.calls.conference("Same", ownerID: "MAACCOUNT"))
        #expect(second.conferenceUUID != first.conferenceUUID)
        // The API read the first room, then the engine ran its command after the second had opened.
        let key = ConferenceKey(ownerID: "MAACCOUNT", name: "Same")
        harness.engine.post(account: "MAACCOUNT") { [runtime = harness.calls.runtime] turn in
            runtime.value.hangupConference(key, uuid: first.conferenceUUID, turn)
        }
        harness.advance(by: .zero)
        #expect(harness.calls.conference("Same", ownerID: "MAACCOUNT")?.members.map(\.callUUID) == ["call-2"])
        #expect(harness.records.map(\.callUUID) == ["call-1"])
    }
}
