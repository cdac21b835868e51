import PlivoCatalog

/// What a list of messages is narrowed to (the seed's filters and those plivo-python sends).
package struct MessageQuery: Sendable, Equatable {
    package var subaccountID: String?
    package var direction: String?
    package var state: String?
    package var type: String?
    package var errorCode: String?
    /// `message_time` bounds in microseconds: `after`/`before` exclusive, `from`/`until` inclusive.
    package var after: Int64?
    package var from: Int64?
    package var before: Int64?
    package var until: Int64?
    package var page = PageRequest()

    package init(page: PageRequest = PageRequest()) {
        self.page = page
    }
}

/// A message's state change, as the engine reports it.
package struct MessageUpdate: Sendable, Equatable {
    package var uuid: String
    package var state: String
    package var errorCode: String?
    package var time: Int64
    package var sentTime: Int64?

    package init(uuid: String, state: String, errorCode: String?, time: Int64, sentTime: Int64?) {
        self.uuid = uuid
        self.state = state
        self.errorCode = errorCode
        self.time = time
        self.sentTime = sentTime
    }
}

/// Messages, seen through the scope of the account that asks, and the handsets of an account's world.
package protocol MessageStore: Sendable {
    /// Stores queued messages and takes `cost` from the main account's `cash_credits`, all or none; fails with
    /// `insufficientCredit`. Committed at once, or with another thread's writes (group commit): the messages
    /// exist once the outcome says so.
    func queueMessages(_ messages: [StoredMessage], cost: Money, mainAccountID: String) throws -> WriteOutcome<Void>

    func message(uuid: String, in scope: AccountScope) throws -> StoredMessage?

    /// A page of the visible messages, newest first.
    func listMessages(_ query: MessageQuery, in scope: AccountScope) throws -> Page<StoredMessage>


    /// The handset document stored under `handset` (a number, `sip:` user or `default`), if any.
    func handsetDocument(_ handset: String, mainAccountID: String) throws -> String?

    func setHandsetDocument(_ document: String, for handset: String, mainAccountID: String) throws

    /// Throws `notFound` when there was none.
    func deleteHandset(_ handset: String, mainAccountID: String) throws

    /// Every handset of the account, by key, sorted.
    func handsetDocuments(mainAccountID: String) throws -> [(handset: String, document: String)]
}
