import HTTPServerKit
import PlivoCatalog
import PlivoStore

/// The numbers page: the account's numbers, a search of those for sale, and buying one, through the same store
/// calls and validation as the API.
extension ConsoleHandlers {
    /// `GET /console/numbers/?country_iso=&type=&pattern=`: the held numbers; with `search`, the numbers for sale too.
    func numbers(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = RequestParameters.query(of: request)
        var search = NumberListView.Search()
        search.countryISO = try parameters.nonEmptyString("country_iso") ?? search.countryISO
        search.type = try parameters.string("type") ?? ""
        search.pattern = try parameters.string("pattern") ?? ""
        var view = try numberListView(scope, search: search)
        if let bought = try parameters.nonEmptyString("bought") { view.notice = "Number +\(bought) bought." }
        guard parameters.contains("search") else { return view.page().response() }
        do {
            // The form's empty fields read as absent, as the API reads them.
            let pagination = try ListPagination(RequestParameters())
            let result = try store.searchNumbers(
                try PhoneNumberParameters.query(from: parameters, pagination: pagination))
            view.offers = (result.numbers, result.totalCount)
            return view.page().response()
        } catch {
            let failure = try Self.apiError(error)
            view.error = failure.message
            return view.page().response(status: failure.status)
        }
    }

    /// `POST /console/numbers/buy/` (`number`, optional `app_id`): buys it as `POST …/PhoneNumber/{number}/` does,
    /// then back to the list; a refusal shows the API's message.
    func buyNumber(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        do {
            let parameters = try RequestParameters.body(of: request)
            guard let number = try parameters.nonEmptyString("number") else { throw PlivoError.missing("number") }
            let bought = try store.buyNumber(
                NumberPurchase(number: number, appID: try parameters.nonEmptyString("app_id")), in: scope)
            return ConsoleResponse.redirect(to: "\(ConsoleSection.numbers.path)?bought=\(bought.number)")
        } catch {
            let failure = try Self.apiError(error)
            var view = try numberListView(scope, search: NumberListView.Search())
            view.error = failure.message
            return view.page().response(status: failure.status)
        }
    }

    private func numberListView(_ scope: AccountScope, search: NumberListView.Search) throws -> NumberListView {
        let page = try store.listNumbers(NumberQuery(page: Self.choiceLimit), in: scope)
        let applications = try store.listApplications(ApplicationQuery(page: Self.choiceLimit), in: scope).items
            .map { (appID: $0.appID, name: $0.appName) }
        return NumberListView(
            numbers: page.items, totalCount: page.totalCount, authID: scope.authID, search: search, offers: nil,
            applications: applications)
    }
}
