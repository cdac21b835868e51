import CallEngine
import PlivoCatalog
import PlivoStore
import PlivoSupport

/// The engine's store port over the SQLite store: what the engine reports becomes rows, in one transaction per
/// round of engine work, and a number's destination is read from the number, its application and its owner.
struct SQLiteEngineStore: EngineStore {
    let store: SQLiteStore
    let logger: Logger

    func apply(_ changes: [EngineChange]) {
        do {
            try store.apply(writes(of: changes))
        } catch where changes.count > 1 {
            // One account's change that cannot be kept (its account was deleted meanwhile) must not lose the
            // others' in the same round: keep them one by one, and log only what fails.
            for change in changes { apply([change]) }
        } catch {
            // The engine cannot answer anyone; the log is where a storage failure can be seen.
            logger.error("engine: could not store a change: \(error)")
        }
    }

    private func writes(of changes: [EngineChange]) -> EngineWrites {
        var writes = EngineWrites()
        for change in changes {
            switch change {
            case .messageState(let change):
                writes.messageUpdates.append(MessageUpdate(
                    uuid: change.messageUUID, state: change.state.rawValue, errorCode: change.errorCode?.code,
                    time: change.time.microseconds, sentTime: change.sentTime?.microseconds))
            case .inboundMessage(let message):
                writes.receivedMessages.append(StoredMessage(
                    uuid: message.uuid, accountID: message.destination.accountID,
                    subaccountID: message.destination.subaccountID, direction: "inbound", state: "received",
                    type: "sms", from: message.from, to: message.to, text: message.storedText, units: message.units,
                    totalRate: .zero, totalAmount: .zero, errorCode: nil, messageTime: message.receivedAt.microseconds,
                    sentTime: nil, updatedTime: message.receivedAt.microseconds, powerpackUUID: nil))
            case .callCompleted(let call):
                writes.endedCalls.append(StoredCall(
                    callUUID: call.callUUID, requestUUID: call.requestUUID, parentCallUUID: call.parentCallUUID,
                    accountID: call.accountID, subaccountID: call.subaccountID, direction: call.direction,
                    from: call.from, to: call.to, status: call.status.rawValue,
                    initiationTime: call.initiatedAt.microseconds, answerTime: call.answeredAt?.microseconds,
                    endTime: call.endedAt.microseconds, duration: call.duration, billedDuration: call.billedDuration,
                    totalRate: call.rate, totalAmount: call.amount, hangupCause: call.cause.telephonyCause,
                    hangupCauseName: call.cause.name, hangupCauseCode: call.cause.code,
                    hangupSource: call.cause.source))
            case .recordingCompleted(let recording):
                writes.recordings.append(StoredRecording(
                    recordingID: recording.recordingID, accountID: recording.accountID,
                    subaccountID: recording.subaccountID, callUUID: recording.callUUID,
                    conferenceName: recording.conferenceName, kind: recording.kind.rawValue,
                    format: recording.format.rawValue, from: recording.from ?? "", to: recording.to ?? "",
                    startTime: recording.startedAt.microseconds, endTime: recording.endedAt.microseconds,
                    addTime: recording.endedAt.microseconds, storageRate: RecordingStorage.rate))
            }
        }
        return writes
    }

    func destination(ofNumber number: String) -> NumberDestination? {
        do {
            guard let held = try store.heldNumber(number), let main = try store.account(authID: held.accountID) else {
                return nil
            }
            let owner = try held.subaccountID.flatMap { try store.account(authID: $0) } ?? main
            let scope = AccountScope(mainAccountID: held.accountID, subaccountID: held.subaccountID)
            let application = try held.appID.flatMap { try store.application(id: $0, in: AccountScope(mainAccountID: scope.mainAccountID)) }
            return NumberDestination(
                number: number, accountID: held.accountID, subaccountID: held.subaccountID, appID: application?.appID,
                messageURL: application?.messageURL ?? "", messageMethod: application?.messageMethod ?? "POST",
                logIncomingMessages: application?.logIncomingMessages ?? true,
                credentials: CallbackCredentials(authToken: owner.authToken, mainAuthToken: main.authToken))
        } catch {
            logger.error("engine: could not read the destination of \(number): \(error)")
            return nil
        }
    }
}
