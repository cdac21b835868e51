/// The console's top-level pages, in navigation order.
///
/// Extension point: the call/SMS simulation page (buttons that run a simulation and show what each callback got)
/// is not written yet. A page adds a case here (its title and path), its routes in ``ConsoleRoutes``, its handlers beside
/// ``ConsoleHandlers`` and one view type per page. Until then the console shows only what the mock really serves:
/// no placeholder pages.
enum ConsoleSection: CaseIterable, Sendable {
    case applications
    case subaccounts
    case endpoints
    case journal

    var title: String {
        switch self {
        case .applications: "Applications"
        case .subaccounts: "Subaccounts"
        case .endpoints: "Endpoints"
        case .journal: "Journal"
        }
    }

    var path: String {
        switch self {
        case .applications: ConsoleRoutes.prefix + "/"
        case .subaccounts: ConsoleRoutes.prefix + "/subaccounts/"
        case .endpoints: ConsoleRoutes.prefix + "/endpoints/"
        case .journal: ConsoleRoutes.prefix + "/journal/"
        }
    }
}
