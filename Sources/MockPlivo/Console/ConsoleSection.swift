/// The console's top-level pages, in navigation order. A page adds a case here (its title and path), its routes in
/// ``ConsoleRoutes``, its handlers beside ``ConsoleHandlers`` and one view type per page.
enum ConsoleSection: CaseIterable, Sendable {
    case applications
    case subaccounts
    case endpoints
    case numbers
    case calls
    case messages
    case journal
    case simulations

    var title: String {
        switch self {
        case .applications: "Applications"
        case .subaccounts: "Subaccounts"
        case .endpoints: "Endpoints"
        case .numbers: "Numbers"
        case .calls: "Calls"
        case .messages: "Messages"
        case .journal: "Journal"
        case .simulations: "Simulations"
        }
    }

    var path: String {
        switch self {
        case .applications: ConsoleRoutes.prefix + "/"
        case .subaccounts: ConsoleRoutes.prefix + "/subaccounts/"
        case .endpoints: ConsoleRoutes.prefix + "/endpoints/"
        case .numbers: ConsoleRoutes.prefix + "/numbers/"
        case .calls: ConsoleRoutes.prefix + "/calls/"
        case .messages: ConsoleRoutes.prefix + "/messages/"
        case .journal: ConsoleRoutes.prefix + "/journal/"
        case .simulations: ConsoleRoutes.prefix + "/simulations/"
        }
    }
}
