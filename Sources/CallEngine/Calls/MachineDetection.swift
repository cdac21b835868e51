/// `machine_detection` on a call the API makes: whether an answering machine is looked for, what happens when
/// one is found, and where an asynchronous verdict goes.
public struct MachineDetection: Sendable, Equatable {
    public enum Mode: String, Sendable {
        /// `true`: report `Machine=true` to the call's URLs and go on.
        case report = "true"
        /// `hangup`: end the call at once (9100 Machine Detected).
        case hangup
    }

    public var mode: Mode
    /// How long the analysis takes, 2 to 10 s (`machine_detection_time`, default 5 s). No XML runs meanwhile
    /// unless the verdict goes to ``url``.
    public var time: SimulatedDuration
    /// `machine_detection_url`: the verdict is posted there and the answer XML runs at once (asynchronous
    /// detection).
    public var url: CallURL?

    public init(mode: Mode, time: SimulatedDuration = .seconds(5), url: CallURL? = nil) {
        self.mode = mode
        self.time = time
        self.url = url
    }
}
