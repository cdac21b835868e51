/// What the call engine hands the store after a batch of its work, written in one transaction: messages'
/// state changes, messages received, calls that ended (each charged to its main account) and recordings that
/// ended.
package struct EngineWrites: Sendable, Equatable {
    package var messageUpdates: [MessageUpdate] = []
    package var receivedMessages: [StoredMessage] = []
    package var endedCalls: [StoredCall] = []
    package var recordings: [StoredRecording] = []

    package init() {}

    package var isEmpty: Bool {
        messageUpdates.isEmpty && receivedMessages.isEmpty && endedCalls.isEmpty && recordings.isEmpty
    }
}
