import FoundationEssentials
import HTTPServerKit
import OutboundHTTP
import PlivoCatalog
import PlivoStore
import PlivoSupport

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
    /// Messages and calls on the simulated clock.
    let engine: EngineComponents

    init(configuration: Configuration) throws {
        self.configuration = configuration
        logger = Logger(level: configuration.logLevel)
        ids = IdentifierGenerator(seed: configuration.seed)
        store = try SQLiteStore(
            path: configuration.databasePath, identifiers: ids, inventory: NumberInventory(seed: configuration.seed),
            clock: Self.clock(configuration))
        if let source = configuration.fromDatabasePath {
            do {
                try store.restore(from: source)
            } catch StoreError.unusableDatabase(_, let reason) {
                throw ConfigurationError(message: "--from-db file '\(source)' cannot be used: \(reason)")
            }
        }
        _ = try store.ensureMainAccount(authID: configuration.authID, authToken: configuration.authToken)
        if let directory = configuration.fixturesDirectory {
            try FixtureLoader(store: store, defaultAccountID: configuration.authID).load(directory: directory)
        }
        control = ControlPlane(configuration: configuration)
        engine = EngineComponents(configuration: configuration, store: store, ids: ids, logger: logger)
        router = Self.makeRouter(
            store: store, ids: ids, logger: logger, control: control, engine: engine,
            hosts: HostAllowList(boundHost: configuration.host, extra: configuration.allowedHosts))
        var serverConfiguration = HTTPServerConfiguration(host: configuration.host, port: configuration.port)
        if let loops = configuration.eventLoops { serverConfiguration.eventLoopCount = loops }
        // The creates a loop reads in one go are committed in one transaction (`LoopWriteBatch`), and the lines it
        // logs join the log's queue in one append (`ThreadLogLines`): after the commit, whose answers log too.
        serverConfiguration.loopHooks = EventLoopHooks(
            loopDidStart: {
                SQLiteStore.collectWritesOnThisThread()
                LogOutput.collectLinesOnThisThread()
            },
            batchDidEnd: {
                SQLiteStore.commitWritesOfThisThread()
                LogOutput.handOverLinesOfThisThread()
            })
        let logger = logger
        let server = HTTPServer(configuration: serverConfiguration, responder: router) { logger.error($0) }
        engine.recordings.serve { [weak server] in server?.port ?? 0 }
        self.server = server
    }

    /// The wall clock, or with `--seed` a clock stopped at ``Configuration/seededClockEpoch``: dates in responses
    /// must not change between two seeded runs.
    static func clock(_ configuration: Configuration) -> @Sendable () -> Date {
        guard configuration.seed != nil else { return { Date() } }
        let fixed = Date(timeIntervalSince1970: Configuration.seededClockEpoch)
        return { fixed }
    }

    /// The site map: which routes exist, and which middleware each part of the site runs through.
    static func makeRouter(
        store: SQLiteStore, ids: IdentifierGenerator, logger: Logger, control: ControlPlane,
        engine: EngineComponents, hosts: HostAllowList
    ) -> HTTPRouter {
        let accessLog = AccessLogMiddleware(logger: logger)
        let errors = PlivoErrorMiddleware(ids: ids, logger: logger)
        let authentication = AuthenticationMiddleware(accounts: store)
        let accountAuthentication = AuthenticationMiddleware(accounts: store, accountParameter: "authID")
        // One set of simulators for the API and the console, so both run simulations the same way.
        let simulations = SimulationHandlers(
            store: store, ids: ids, log: control.simulations, engine: engine,
            sender: CallbackSender(transport: CallbackClient(hosts: engine.outboundHosts)))
        let console = ConsoleHandlers(
            store: store, plane: control, simulations: simulations, traces: engine.traces, calls: engine.calls,
            now: { [loop = engine.loop] in loop.now }, recordingLocator: engine.recordings)
        let journal = JournalMiddleware(journal: control.journal, clock: { Date() })

        return HTTPRouter(middleware: [accessLog, journal, errors], logError: { logger.error($0) }) { routes in
            // Plivo's API: every call an SDK makes, as the account it authenticates as. Fault rules act as a
            // failing load balancer in front of authentication would.
            routes.group(
                PlivoAPIRoutes.accountPrefix,
                middleware: [FaultMiddleware(rules: control.faults), accountAuthentication]
            ) { account in
                AccountRoutes.register(
                    accounts: AccountHandlers(store: store, ids: ids),
                    subaccounts: SubaccountHandlers(store: store, ids: ids),
                    endpoints: EndpointHandlers(store: store, ids: ids), on: &account)
                ApplicationRoutes.register(ApplicationHandlers(store: store, ids: ids), on: &account)
                NumberRoutes.register(NumberHandlers(store: store, ids: ids), on: &account)
                PhoneNumberRoutes.register(PhoneNumberHandlers(store: store, ids: ids), on: &account)
                PricingRoutes.register(PricingHandlers(ids: ids), on: &account)
                IncomingCarrierRoutes.register(IncomingCarrierHandlers(store: store, ids: ids), on: &account)
                MessageRoutes.register(MessageHandlers(sending: engine.sending, store: store, ids: ids), on: &account)
                CallRoutes.register(
                    CallHandlers(
                        placing: CallPlacing(store: store, ids: ids, engine: engine), store: store,
                        calls: engine.calls, ids: ids),
                    on: &account)
                ConferenceRoutes.register(
                    ConferenceHandlers(calls: engine.calls, ids: ids, now: { [loop = engine.loop] in loop.now }),
                    members: ConferenceMemberHandlers(calls: engine.calls, ids: ids), on: &account)
                RecordingRoutes.register(
                    RecordingHandlers(
                        store: store, locator: engine.recordings, clock: { [loop = engine.loop] in loop.now }, ids: ids),
                    on: &account)
            }
            // The recordings' files are fetched by user code without credentials, as from media.plivo.com.
            RecordingRoutes.registerFiles(RecordingFileHandlers(store: store), on: &routes)
            DocumentationRoutes.register(on: &routes)
            ConsoleRoutes.registerEntry(console, on: &routes)
            // The console's own error renderer sits inside its headers, so errors carry them too.
            routes.group(
                ConsoleRoutes.prefix,
                middleware: [
                    ConsoleHeadersMiddleware(), errors, ConsoleAuthenticationMiddleware(accounts: store, hosts: hosts),
                ]
            ) {
                ConsoleRoutes.register(console, on: &$0)
            }
            // The mock's own control plane starts a chain of its own: neither journaled nor faulted, so a
            // harness's set-up never crowds the journal or trips a rule meant for the API.
            routes.group(ControlRoutes.prefix, middleware: [accessLog, errors], inheritingMiddleware: false) { mock in
                ControlRoutes.registerHealth(ControlHandlers(store: store), on: &mock)
                mock.group(middleware: [authentication]) {
                    ControlRoutes.register(store: store, plane: control, engine: engine, on: &$0)
                }
                mock.group(SimulationRoutes.accountPrefix, middleware: [accountAuthentication]) {
                    SimulationRoutes.register(
                        simulations, handsets: HandsetHandlers(store: store, ids: ids, engine: engine),
                        calls: CallControlHandlers(ids: ids, calls: engine.calls),
                        traces: TraceHandlers(traces: engine.traces, ids: ids), on: &$0)
                }
            }
        }
    }
}
