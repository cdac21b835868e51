import FoundationEssentials
import HTTPServerKit

/// The composition root: store → handlers → router → server, wired once from a ``Configuration``.
/// Tests build it on port 0 with a `:memory:` store and drive the router directly or the live server.
struct MockPlivoApplication: Sendable {
    let configuration: Configuration
    let store: SQLiteStore
    let ids: IdentifierGenerator
    let router: HTTPRouter
    let server: HTTPServer
    let logger: Logger
    /// The records of simulated calls and messages, kept in memory only (owned by the control plane, whose resets
    /// clear them).
    var simulationLog: SimulationLog { control.simulations }
    let control: ControlPlane

    init(configuration: Configuration) throws {
        self.configuration = configuration
        logger = Logger(level: configuration.logLevel)
        ids = IdentifierGenerator(seed: configuration.seed)
        store = try SQLiteStore(path: configuration.databasePath, identifiers: ids, clock: Self.clock(configuration))
        if let source = configuration.fromDatabasePath { try store.restore(from: source) }
        _ = try store.ensureMainAccount(authID: configuration.authID, authToken: configuration.authToken)
        if let directory = configuration.fixturesDirectory {
            try FixtureLoader(store: store, defaultAccountID: configuration.authID).load(directory: directory)
        }
        control = ControlPlane(configuration: configuration)
        router = Self.makeRouter(store: store, ids: ids, logger: logger, control: control)
        var serverConfiguration = HTTPServerConfiguration(host: configuration.host, port: configuration.port)
        if let loops = configuration.eventLoops { serverConfiguration.eventLoopCount = loops }
        let logger = logger
        server = HTTPServer(configuration: serverConfiguration, responder: router) { logger.error($0) }
    }

    /// The wall clock, or with `--seed` a clock stopped at ``Configuration/seededClockEpoch``: dates in responses
    /// must not change between two seeded runs.
    static func clock(_ configuration: Configuration) -> @Sendable () -> Date {
        guard configuration.seed != nil else { return { Date() } }
        let fixed = Date(timeIntervalSince1970: Configuration.seededClockEpoch)
        return { fixed }
    }

    static func makeRouter(
        store: SQLiteStore, ids: IdentifierGenerator, logger: Logger, control: ControlPlane
    ) -> HTTPRouter {
        let router = HTTPRouter { logger.error($0) }
        let errors = PlivoErrorMiddleware(ids: ids, logger: logger)
        router.use(AccessLogMiddleware(logger: logger))
        router.use(JournalMiddleware(journal: control.journal, clock: { Date() }))
        router.use(FaultMiddleware(rules: control.faults, render: errors.render))
        router.use(errors)
        router.use(AuthenticationMiddleware(
            accounts: store, protectedPrefixes: ["/v1/", "\(ControlRoutes.prefix)/"],
            publicPaths: ControlRoutes.publicPaths))
        router.use(ConsoleAuthenticationMiddleware(accounts: store))
        router.renderParseErrors { error in
            errors.render(PlivoError(error.status, "malformed request: \(error.reason)"))
        }
        PlivoRoutes.register(
            applications: ApplicationHandlers(store: store, ids: ids, renderError: errors.response), on: router)
        AccountRoutes.register(
            accounts: AccountHandlers(store: store, ids: ids), subaccounts: SubaccountHandlers(store: store, ids: ids),
            endpoints: EndpointHandlers(store: store, ids: ids), on: router)
        ControlRoutes.register(control: ControlHandlers(store: store), store: store, plane: control, on: router)
        // One set of simulators for the API and the console, so both run simulations the same way.
        let simulations = SimulationHandlers(store: store, ids: ids, log: control.simulations)
        SimulationRoutes.register(simulations: simulations, on: router)
        ConsoleRoutes.register(
            console: ConsoleHandlers(store: store, plane: control, simulations: simulations), on: router)
        DocumentationRoutes.register(on: router)
        return router
    }
}
