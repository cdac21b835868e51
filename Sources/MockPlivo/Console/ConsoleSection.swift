/// The console's top-level pages, in navigation order.
///
/// Extension point: the request journal and call/SMS simulation pages arrive with the branches that add those
/// APIs. Each adds a case here (its title and path), its routes in ``ConsoleRoutes``, its handlers beside
/// ``ConsoleHandlers`` and one view type per page. Until then the console shows only what the mock really serves:
/// no placeholder pages.
enum ConsoleSection: CaseIterable, Sendable {
    case applications
    case subaccounts
    case endpoints

    var title: String {
        switch self {
        case .applications: "Applications"
        case .subaccounts: "Subaccounts"
        case .endpoints: "Endpoints"
        }
    }

    var path: String {
        switch self {
        case .applications: ConsoleRoutes.prefix + "/"
        case .subaccounts: ConsoleRoutes.prefix + "/subaccounts/"
        case .endpoints: ConsoleRoutes.prefix + "/endpoints/"
        }
    }
}
