/// The console's top-level pages, in navigation order.
///
/// Extension point: the subaccounts, endpoints, request journal and call/SMS simulation pages arrive with the
/// branches that add those APIs. Each adds a case here (its title and path), its routes in ``ConsoleRoutes``, its
/// handlers beside ``ConsoleHandlers`` and one view type per page. Until then the console shows only what the mock
/// really serves: no placeholder pages.
enum ConsoleSection: CaseIterable, Sendable {
    case applications

    var title: String {
        switch self {
        case .applications: "Applications"
        }
    }

    var path: String {
        switch self {
        case .applications: ConsoleRoutes.prefix + "/"
        }
    }
}
