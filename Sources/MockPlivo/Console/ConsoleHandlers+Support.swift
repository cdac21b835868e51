import HTTPServerKit
import PlivoStore

/// Lookups and error mapping shared by the console's pages.
extension ConsoleHandlers {
    func application(_ context: HTTPRequestContext, _ scope: AccountScope) throws -> Application? {
        guard let appID = context.parameters["appID"] else { return nil }
        return try store.application(id: appID, in: scope)
    }

    /// The subaccounts an application of this scope may belong to; a subaccount has none to choose from.
    func subaccountIDs(_ scope: AccountScope) throws -> [String] {
        guard scope.subaccountID == nil else { return [] }
        return try store.listSubaccounts(parentID: scope.mainAccountID, page: Self.choiceLimit).items.map(\.authID)
    }

    func deleteView(_ application: Application, _ scope: AccountScope, error: String?) throws -> ApplicationDeleteView {
        let endpoints = try store.listEndpoints(in: scope, page: Self.choiceLimit).items
        let others = try store.listApplications(ApplicationQuery(page: Self.choiceLimit), in: scope).items
            .filter { $0.appID != application.appID }
            .map { ($0.appID, $0.appName) }
        return ApplicationDeleteView(
            application: application, attachedEndpoints: endpoints.count { $0.appID == application.appID },
            otherApplications: others, error: error)
    }

    func notFound(_ context: HTTPRequestContext, _ scope: AccountScope) -> HTTPResponse {
        let appID = context.parameters["appID"] ?? ""
        let page = HTMLPage(
            title: "Not found", accountID: scope.authID, section: .applications,
            error: "No application \(appID) in this account.", content: "<p><a href=\"\(ConsoleSection.applications.path)\">Back to the applications</a></p>")
        return page.response(status: .notFound)
    }

    /// The 4xx an API client would get for `error`; a storage failure is rethrown, to become a logged 500.
    static func apiError(_ error: any Error) throws -> PlivoError {
        if let error = error as? PlivoError { return error }
        if let error = error as? StoreError, let plivo = error.plivoError { return plivo }
        throw error
    }

    /// The posted values, for showing a refused form again as it was typed.
    static func posted(_ request: HTTPRequest) -> ApplicationFormValues {
        ApplicationFormValues(form: FormURLEncoding.decode(String(decoding: request.body, as: UTF8.self)))
    }

    /// The line shown after a redirect; only these three keys are read, and the id is escaped like any text.
    static func notice(_ request: HTTPRequest) -> String? {
        for (name, value) in request.queryItems {
            switch name {
            case "created": return "Application \(value) created."
            case "changed": return "Application \(value) changed."
            case "deleted": return "Application \(value) deleted."
            default: continue
            }
        }
        return nil
    }
}
