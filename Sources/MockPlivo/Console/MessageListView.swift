import PlivoStore

/// The messages page: the newest messages the signed-in account sees, each state as the API reports it, and a
/// link to what happened to it.
struct MessageListView {
    var messages: [StoredMessage]
    var totalCount: Int
    var authID: String

    func page() -> HTMLPage {
        let rows = messages.map { message -> HTML in
            let fields = Dictionary(uniqueKeysWithValues: APIObjectView.fields { json in
                MessageJSON.write(message, authID: authID, apiID: nil, into: &json)
            })
            return """
                <tr id="message-\(message.uuid)"><td><a href="\(ConsoleSection.messages.path)\(message.uuid)/">\(message.uuid)</a></td>
                <td>\(fields["message_direction"] ?? "")</td><td data-field="message_state">\(fields["message_state"] ?? "")</td>
                <td>\(fields["from_number"] ?? "")</td><td>\(fields["to_number"] ?? "")</td><td>\(fields["units"] ?? "")</td>
                <td>\(fields["total_amount"] ?? "")</td><td>\(fields["message_time"] ?? "")</td></tr>
                """
        }
        let summary: HTML = totalCount == 0
            ? "<p>No messages. Send one with <code>POST /v1/Account/\(authID)/Message/</code>.</p>"
            : "<p>\(totalCount) message\(totalCount == 1 ? "" : "s")\(totalCount > messages.count ? ", the newest \(messages.count) shown" : "").</p>"
        let table: HTML = messages.isEmpty ? .empty : """
            <table><thead><tr><th>message_uuid</th><th>direction</th><th>state</th><th>from</th><th>to</th>\
            <th>units</th><th>amount</th><th>time</th></tr></thead><tbody>\(rows)</tbody></table>
            """
        return HTMLPage(title: "Messages", accountID: authID, section: .messages, content: summary + table)
    }
}
