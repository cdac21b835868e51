import CallEngine
import FoundationEssentials
import OutboundHTTP
import PlivoStore
import PlivoSupport

/// The call engine as the application uses it: one loop on one simulated clock, the messaging and call services
/// on it, and the traces both keep. Built by the composition root; its thread starts with the first message or
/// call.
struct EngineComponents: Sendable {
    let loop: EngineLoop
    /// The clock a test moves, with `--time-scale manual`; nil when the clock follows the wall clock.
    let manualPace: ManualPace?
    let timeScale: Double
    let messaging: MessagingService
    let calls: CallService
    let traces: TraceBook
    /// The engine's view of the store, also what the control API asks where a number's traffic goes.
    let store: SQLiteEngineStore
    /// The messages API's sending, which a call's `<Message>` shares.
    let sending: MessageSending
    /// Where recordings are downloaded; the composition root tells it where to read the port the server binds.
    let recordings: ServerRecordingLocator
    /// The hosts every request to the users' servers may go to (`--outbound-hosts`).
    let outboundHosts: OutboundHostPolicy

    init(configuration: Configuration, store: SQLiteStore, ids: IdentifierGenerator, logger: Logger) {
        // Seeded runs start their clock at the seeded epoch, so two runs give the same times.
        let origin = configuration.seed != nil
            ? SimulatedTime(secondsSince1970: Configuration.seededClockEpoch)
            : SimulatedTime(secondsSince1970: Date().timeIntervalSince1970)
        let wallClock: (@Sendable () -> SimulatedTime)? = configuration.seed != nil
            ? nil : { @Sendable in SimulatedTime(secondsSince1970: Date().timeIntervalSince1970) }
        self.store = SQLiteEngineStore(store: store, logger: logger)
        manualPace = configuration.manualClock ? ManualPace(origin: origin) : nil
        timeScale = configuration.timeScale
        loop = EngineLoop(
            pace: manualPace ?? ScaledPace(origin: origin, timeScale: configuration.timeScale, wallClock: wallClock),
            store: self.store)
        traces = TraceBook()
        outboundHosts = configuration.outboundHosts.map(OutboundHostPolicy.init(allowing:)) ?? .any
        var port = EngineCallbackPort(sender: CallbackSender(transport: CallbackClient(hosts: outboundHosts)))
        port.hosts = outboundHosts
        messaging = MessagingService(
            engine: loop, callbacks: port, store: self.store, traces: traces, makeUUID: ids.makeRandomUUID)
        sending = MessageSending(store: store, ids: ids, loop: loop, messaging: messaging)
        recordings = ServerRecordingLocator(
            publicURL: configuration.publicURL, host: configuration.host, port: configuration.port)
        // The audio port keeps its cache per application, like the rest of its state; only the client, which owns
        // threads, is per process.
        calls = CallService(
            engine: loop, callbacks: port, media: AudioMediaPort(hosts: outboundHosts), messaging: CallMessagingAdapter(sending: sending),
            recordings: recordings, dialing: StoreDialPort(store: store), traces: traces, makeUUID: ids.makeRandomUUID)
    }
}
