/// What the call engine hands the store after a batch of its work, written in one transaction: messages'
/// state changes, messages received, and calls that ended (each charged to its main account).
package struct EngineWrites: Sendable, Equatable {
    package var messageUpdates: [MessageUpdate] = []
    package var receivedMessages: [StoredMessage] = []
    package var endedCalls: [StoredCall] = []

    package init() {}

    package var isEmpty: Bool { messageUpdates.isEmpty && receivedMessages.isEmpty && endedCalls.isEmpty }
}
