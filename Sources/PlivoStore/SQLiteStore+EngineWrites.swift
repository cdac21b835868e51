extension SQLiteStore {
    /// Writes a batch of the engine's work, all or none. A call is charged as it ended, even below a zero
    /// balance: the call happened, and refusing calls on too little credit is the API's job when it places
    /// them.
    package func apply(_ writes: EngineWrites) throws {
        guard !writes.isEmpty else { return }
        try write(invalidating: []) { database in
            try applyMessageChanges(updates: writes.messageUpdates, received: writes.receivedMessages, database: database)
            try insertCalls(writes.endedCalls, database: database)
            try insertRecordings(writes.recordings, database: database)
        }
    }
}
