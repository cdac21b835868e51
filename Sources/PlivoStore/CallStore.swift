/// What a list of CDRs is narrowed to: the seed's filters and those plivo-python sends.
package struct CallQuery: Sendable, Equatable {
    package var subaccountID: String?
    package var direction: String?
    package var from: String?
    package var to: String?
    package var parentCallUUID: String?
    package var hangupCauseCode: Int?
    package var hangupSource: String?
    /// `bill_duration` (seconds answered) bounds, as `(operator, value)`: `=`, `>`, `>=`, `<`, `<=`.
    package var billDuration: [(String, Int)] = []
    /// `end_time` bounds in microseconds, as `(operator, value)`.
    package var endTime: [(String, Int64)] = []
    package var page = PageRequest()

    package init(page: PageRequest = PageRequest()) {
        self.page = page
    }

    package static func == (lhs: CallQuery, rhs: CallQuery) -> Bool {
        lhs.subaccountID == rhs.subaccountID && lhs.direction == rhs.direction && lhs.from == rhs.from
            && lhs.to == rhs.to && lhs.parentCallUUID == rhs.parentCallUUID
            && lhs.hangupCauseCode == rhs.hangupCauseCode && lhs.hangupSource == rhs.hangupSource
            && lhs.billDuration.elementsEqual(rhs.billDuration, by: ==) && lhs.endTime.elementsEqual(rhs.endTime, by: ==)
            && lhs.page == rhs.page
    }
}

/// The CDRs of calls that ended, seen through the scope of the account that asks.
package protocol CallStore: Sendable {
    func call(uuid: String, in scope: AccountScope) throws -> StoredCall?

    /// A page of the visible CDRs, newest first (by `end_time`).
    func listCalls(_ query: CallQuery, in scope: AccountScope) throws -> Page<StoredCall>
}
