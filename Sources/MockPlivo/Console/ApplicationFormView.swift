import HTTPServerKit

/// The create and edit pages: one field per API parameter, the API's own validation message on error, and the
/// values as they were entered.
struct ApplicationFormView {
    enum Mode: Equatable {
        case create
        case edit(appID: String)
    }

    var mode: Mode
    var values: ApplicationFormValues
    /// The `SA…` ids the application may be put under; empty for a subaccount, which owns its applications.
    var subaccounts: [String]
    /// The message of the 400 the API would have answered, when the last post was refused.
    var error: String?

    func page(accountID: String) -> HTMLPage {
        let title: String
        let action: String
        switch mode {
        case .create:
            title = "New application"
            action = ConsoleRoutes.prefix + "/applications/"
        case .edit(let appID):
            title = "Edit application \(appID)"
            action = ConsoleRoutes.prefix + "/applications/\(FormURLEncoding.percentEncode(appID))/"
        }
        let rows = ApplicationFormField.all.map(row)
        let content: HTML = """
            <form class="fields" id="application-form" method="post" action="\(action)">
            \(rows)\(subaccountRow)
            <span></span><span class="actions"><button type="submit" id="save">\(mode == .create ? "Create" : "Save")</button>
            <a href="\(ConsoleSection.applications.path)">Cancel</a></span>
            </form>
            """
        return HTMLPage(
            title: title, accountID: accountID, section: .applications, error: error, content: content)
    }

    private func row(_ field: ApplicationFormField) -> HTML {
        let id = "field-\(field.name)"
        let value = values[field.name]
        let control: HTML
        switch field.kind {
        case .text(let placeholder):
            control = """
                <input type="text" id="\(id)" name="\(field.name)" value="\(value)" placeholder="\(placeholder)" size="48">
                """
        case .method:
            control = select(id: id, name: field.name, options: ["GET", "POST"], selected: value.uppercased())
        case .boolean:
            control = select(id: id, name: field.name, options: ["true", "false"], selected: value.lowercased())
        }
        let hint: HTML = field.hint.isEmpty ? .empty : " <span class=\"hint\">\(field.hint)</span>"
        return "<label for=\"\(id)\">\(field.name)</label><span>\(control)\(hint)</span>\n"
    }

    private var subaccountRow: HTML {
        guard !subaccounts.isEmpty else { return .empty }
        let current = values["subaccount"]
        var options = subaccounts
        // The API cannot move an application back to the main account (an empty value changes nothing), so the
        // edit form offers "main account" only while the application is there.
        if mode == .create || current.isEmpty { options.insert("", at: 0) }
        return """
            <label for="field-subaccount">subaccount</label><span>\(select(id: "field-subaccount", name: "subaccount", options: options, selected: current, emptyLabel: "(main account)"))</span>

            """
    }

    private func select(
        id: String, name: String, options: [String], selected: String, emptyLabel: String = ""
    ) -> HTML {
        var choices = options
        // A value the user typed that is not an option (only possible by editing the request) stays visible, so
        // the error message next to it makes sense.
        if !choices.contains(selected) && !selected.isEmpty { choices.append(selected) }
        let items = choices.map { option -> HTML in
            let mark: HTML = option == selected ? " selected" : ""
            return "<option value=\"\(option)\"\(mark)>\(option.isEmpty ? emptyLabel : option)</option>"
        }
        return "<select id=\"\(id)\" name=\"\(name)\">\(items)</select>"
    }
}
