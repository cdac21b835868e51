import Testing
@testable import HTTPServerKit
@testable import PlivoStore

extension ServerKit {
    @Suite("Typed values in a request context")
    struct HTTPRequestContextTests {
        enum Account: HTTPContextKey { typealias Value = String }
        enum Attempt: HTTPContextKey { typealias Value = Int }
        enum Trace: HTTPContextKey { typealias Value = [String] }

        static let connection = HTTPConnectionInfo(remoteAddress: "127.0.0.1:1")

        @Test("reads back each value by its key, and nil for a key never set")
        func readsValuesByKey() {
            var context = HTTPRequestContext(connection: Self.connection)
            #expect(context[Account.self] == nil)
            context[Account.self] = "MA1"
            context[Attempt.self] = 2
            context[Trace.self] = ["a", "b"]
            #expect(context[Account.self] == "MA1")
            #expect(context[Attempt.self] == 2)
            #expect(context[Trace.self] == ["a", "b"])
        }

        @Test("replaces a value set again and removes one set to nil, leaving the others")
        func replacesAndRemoves() {
            var context = HTTPRequestContext(connection: Self.connection)
            context[Account.self] = "MA1"
            context[Attempt.self] = 1
            context[Trace.self] = ["x"]
            context[Account.self] = "MA2"
            context[Attempt.self] = 3
            #expect(context[Account.self] == "MA2")
            #expect(context[Attempt.self] == 3)
            context[Account.self] = nil
            #expect(context[Account.self] == nil)
            #expect(context[Attempt.self] == 3)
            #expect(context[Trace.self] == ["x"])
            context[Trace.self] = nil
            context[Attempt.self] = nil
            #expect(context[Attempt.self] == nil && context[Trace.self] == nil)
            context[Trace.self] = ["again"]
            #expect(context[Trace.self] == ["again"])
        }

        @Test("a copy handed down the chain does not change the caller's context")
        func copiesAreIndependent() {
            var outer = HTTPRequestContext(connection: Self.connection)
            outer[Attempt.self] = 1
            var inner = outer
            inner[Attempt.self] = 2
            inner[Account.self] = "MA1"
            #expect(outer[Attempt.self] == 1)
            #expect(outer[Account.self] == nil)
        }
    }
}
