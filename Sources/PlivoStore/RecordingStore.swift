/// What a list of recordings is narrowed to: the seed's filters, which plivo-python sends.
package struct RecordingQuery: Sendable, Equatable {
    package var subaccountID: String?
    package var callUUID: String?
    /// `add_time` bounds in microseconds, as `(operator, value)`: `=`, `>`, `>=`, `<`, `<=`.
    package var addTime: [(String, Int64)] = []
    package var page = PageRequest()

    package init(page: PageRequest = PageRequest()) {
        self.page = page
    }

    package static func == (lhs: RecordingQuery, rhs: RecordingQuery) -> Bool {
        lhs.subaccountID == rhs.subaccountID && lhs.callUUID == rhs.callUUID
            && lhs.addTime.elementsEqual(rhs.addTime, by: ==) && lhs.page == rhs.page
    }
}

/// The recordings calls left, seen through the scope of the account that asks.
package protocol RecordingStore: Sendable {
    func recording(id: String, in scope: AccountScope) throws -> StoredRecording?

    /// A page of the visible recordings, newest first (by `add_time`).
    func listRecordings(_ query: RecordingQuery, in scope: AccountScope) throws -> Page<StoredRecording>

    /// Deletes a visible recording; false when there is none to delete.
    func deleteRecording(id: String, in scope: AccountScope) throws -> Bool
}
