/// The request journal page: the API requests the mock received, newest first, each with its status, timing,
/// headers (credentials masked, as the journal's JSON shows them) and body.
struct JournalView {
    var entries: [JournalEntry]
    /// Matching entries before the page's limit cut the list.
    var matched: Int
    var authID: String
    var filter: JournalFilter

    func page() -> HTMLPage {
        let rows = entries.reversed().map(row)
        let content: HTML = """
            <form class="actions" method="get" action="\(ConsoleSection.journal.path)">
            <label>path prefix <input type="text" name="path" value="\(filter.pathPrefix ?? "")" size="40"></label>
            <label>method <input type="text" name="method" value="\(filter.method ?? "")" size="7"></label>
            <button type="submit">Filter</button></form>
            <p>\(matched) matching request\(matched == 1 ? "" : "s")\(matched > entries.count ? ", the newest \(entries.count) shown" : "").
            <span class="hint">The same data as <code>GET /__mock/journal</code>.</span></p>
            \(rows)
            """
        return HTMLPage(title: "Request journal", accountID: authID, section: .journal, content: content)
    }

    private func row(_ entry: JournalEntry) -> HTML {
        let status = entry.status.map(String.init) ?? "dropped"
        let target = entry.path + (entry.query.map { "?" + $0 } ?? "")
        var headerNames: [String] = []
        for (name, _) in entry.headers where !headerNames.contains(where: { $0.lowercased() == name.lowercased() }) {
            headerNames.append(name)
        }
        let headers = headerNames.map { name -> (String, String) in
            (name, entry.headers.values(for: name).map { JournalEntry.masked(name: name, value: $0) }.joined(separator: ", "))
        }
        let body: HTML =
            entry.bodySize == 0
            ? .empty
            : "<pre>\(entry.body)\(entry.bodyTruncated ? "\n… (\(entry.bodySize) bytes in all)" : "")</pre>"
        return """
            <details class="card" id="request-\(entry.sequence)"><summary><strong>\(entry.method)</strong> <code>\(target)</code>
            → <strong>\(status)</strong> <small>#\(entry.sequence) · \(entry.timestamp) · \(String(entry.durationMS)) ms</small></summary>
            \(APIObjectView.definitionList(headers))\(body)</details>

            """
    }
}
