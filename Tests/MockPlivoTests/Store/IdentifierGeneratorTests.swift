import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Identifier generator")
struct IdentifierGeneratorTests {
    private func sample(_ generator: IdentifierGenerator) -> [String] {
        [generator.makeApplicationID(), generator.makeEndpointID(), generator.makeSubaccountAuthID(),
         generator.makeAuthToken(), generator.makeUUID(), generator.makeUUID()]
    }

    @Test("The same seed gives the same identifiers twice")
    func seededIsReproducible() {
        #expect(sample(IdentifierGenerator(seed: 7)) == sample(IdentifierGenerator(seed: 7)))
        #expect(sample(IdentifierGenerator(seed: 7)) != sample(IdentifierGenerator(seed: 8)))
    }

    @Test("Two seeded stores given the same requests hand out the same ids")
    func seededStoresAgree() throws {
        // A seeded run's clock stands still (``MockPlivoApplication/clock(_:)``), and usernames carry it.
        let seededClock: @Sendable () -> Date = { Date(timeIntervalSince1970: Configuration.seededClockEpoch) }
        let first = try StoreFixture(seed: 99, clock: seededClock)
        let second = try StoreFixture(seed: 99, clock: seededClock)
        #expect(try first.makeSubaccount().subaccountID == second.makeSubaccount().subaccountID)
        #expect(try first.makeApplication().appID == second.makeApplication().appID)
        #expect(try first.makeEndpoint().username == second.makeEndpoint().username)
    }

    @Test("Identifiers have Plivo's formats", arguments: [nil, 3] as [UInt64?])
    func formats(seed: UInt64?) {
        let generator = IdentifierGenerator(seed: seed)
        for _ in 0..<200 {
            let appID = generator.makeApplicationID()
            #expect(appID.count == 17 && appID.allSatisfy { $0.isASCIIDigit } && appID.first != "0")
            let endpointID = generator.makeEndpointID()
            #expect(endpointID.count == 14 && endpointID.allSatisfy { $0.isASCIIDigit } && endpointID.first != "0")
            let authID = generator.makeSubaccountAuthID()
            #expect(authID.count == 20 && authID.hasPrefix("SA"))
            #expect(authID.dropFirst(2).allSatisfy { $0.isASCIIDigit || ("A"..."Z").contains($0) })
            let token = generator.makeAuthToken()
            #expect(token.count == 40 && token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
        }
    }

    @Test("UUIDs are version 1, RFC variant, and unique", arguments: [nil, 5] as [UInt64?])
    func uuids(seed: UInt64?) {
        let generator = IdentifierGenerator(seed: seed)
        let uuids = (0..<1_000).map { _ in generator.makeUUID() }
        #expect(Set(uuids).count == uuids.count)
        for uuid in uuids.prefix(20) {
            let groups = uuid.split(separator: "-")
            #expect(groups.map(\.count) == [8, 4, 4, 4, 12])
            #expect(groups[2].first == "1")
            #expect(["8", "9", "a", "b"].contains(groups[3].first))
            #expect(uuid == uuid.lowercased())
        }
    }

    @Test("UUIDs drawn from many threads at once are all distinct", arguments: [nil, 9] as [UInt64?])
    func concurrentUUIDsAreUnique(seed: UInt64?) async {
        let generator = IdentifierGenerator(seed: seed)
        let all = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<2_000).map { _ in generator.makeUUID() } }
            }
            return await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(all.count == 16_000 && Set(all).count == 16_000)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

@Suite("Buffered system randomness")
struct BufferedSystemRandomTests {
    @Test("Draws across several refills are not stuck, repeated or zero")
    func drawsLookRandom() {
        var random = BufferedSystemRandom()
        let draws = (0..<100).map { _ in random.next() }
        #expect(Set(draws).count == 100)
        #expect(!draws.contains(0))
        // Every bit position takes both values across 100 draws (a stuck bit would mean a broken fill).
        let ored = draws.reduce(0, |)
        let anded = draws.reduce(UInt64.max, &)
        #expect(ored == UInt64.max && anded == 0)
    }
}
