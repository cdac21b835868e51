import HTTPServerKit
import PlivoCatalog
import PlivoStore

/// The numbers page: the numbers the signed-in account holds (every field as `GET …/Number/{number}/` returns it),
/// and a search of the numbers for sale, each with a button that buys it.
struct NumberListView {
    /// What the search form holds: the API's own parameter names.
    struct Search {
        var countryISO = "US"
        var type = ""
        var pattern = ""
    }

    var numbers: [AccountNumber]
    var totalCount: Int
    var authID: String
    var search: Search
    /// The numbers for sale the search found, with how many match in all; nil before a search.
    var offers: (numbers: [OfferedNumber], total: Int)?
    var applications: [(appID: String, name: String)]
    var notice: String?
    var error: String?

    func page() -> HTMLPage {
        let cards = numbers.map { number -> HTML in
            APIObjectView.card(
                id: "number-\(number.number)",
                heading: "+\(number.number) <small>\(number.alias ?? number.numberType)</small>",
                fields: APIObjectView.fields { json in NumberJSON.write(number, authID: authID, apiID: nil, into: &json) })
        }
        let summary: HTML = totalCount == 0
            ? "<p>No numbers yet. Search below and buy one, or use <code>POST /v1/Account/\(authID)/PhoneNumber/{number}/</code>.</p>"
            : "<p>\(totalCount) number\(totalCount == 1 ? "" : "s")\(totalCount > numbers.count ? ", the newest \(numbers.count) shown" : "").</p>"
        return HTMLPage(
            title: "Numbers", accountID: authID, section: .numbers, notice: notice, error: error,
            content: summary + HTML(trusted: cards.map(\.rendered).joined()) + searchForm() + results())
    }

    private func searchForm() -> HTML {
        let countries = Country.all.map { country -> HTML in
            let selected: HTML = country.isoCode == search.countryISO ? " selected" : ""
            return "<option value=\"\(country.isoCode)\"\(selected)>\(country.name)</option>"
        }
        let types = ["", "local", "fixed", "mobile", "national", "tollfree"].map { type -> HTML in
            let selected: HTML = type == search.type ? " selected" : ""
            return "<option value=\"\(type)\"\(selected)>\(type.isEmpty ? "any" : type)</option>"
        }
        return """
            <h2>Buy a number</h2>
            <form method="get" action="\(ConsoleSection.numbers.path)" class="card">
            <label>country_iso <select name="country_iso">\(countries)</select></label>
            <label>type <select name="type">\(types)</select></label>
            <label>pattern <input name="pattern" value="\(search.pattern)" inputmode="numeric" placeholder="415"></label>
            <button type="submit" name="search" value="1">Search</button>
            </form>
            """
    }

    private func results() -> HTML {
        guard let offers else { return .empty }
        guard !offers.numbers.isEmpty else { return "<p>No numbers for sale match.</p>" }
        let choices = [HTML("<option value=\"\">the default number app</option>")] + applications.map { app in
            HTML("<option value=\"\(app.appID)\">\(app.name)</option>")
        }
        let rows = offers.numbers.map { offer -> HTML in
            """
            <tr><td>+\(offer.number)</td><td>\(offer.kind.rawValue)</td><td>\(offer.city ?? offer.region ?? "")</td>
            <td>\(offer.monthlyRentalRate.plivoString)</td>
            <td><form method="post" action="\(ConsoleRoutes.prefix)/numbers/buy/">
            <input type="hidden" name="number" value="\(offer.number)">
            <select name="app_id" aria-label="application">\(choices)</select>
            <button type="submit">Buy</button></form></td></tr>
            """
        }
        return """
            <p>\(offers.total) for sale, the first \(offers.numbers.count) shown.</p>
            <table><thead><tr><th>number</th><th>type</th><th>where</th><th>monthly</th><th></th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }
}
