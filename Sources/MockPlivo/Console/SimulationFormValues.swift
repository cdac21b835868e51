/// What one of the simulation page's forms holds: the defaults, or the values a refused post carried, so that the
/// form comes back as it was typed.
struct SimulationFormValues: Sendable, Equatable {
    var kind: SimulationRecord.Kind
    var appID = ""
    var from = ""
    var to = ""
    /// Seconds, for a call; blank means the API's default.
    var duration = ""
    /// The message text, for a message.
    var text = ""

    /// Numbers that read as test numbers, so a first click works once an application is chosen.
    static func defaults(_ kind: SimulationRecord.Kind) -> SimulationFormValues {
        SimulationFormValues(
            kind: kind, from: "14155550100", to: "14155550199", text: kind == .message ? "Hello from the console" : "")
    }

    /// The posted pairs; the first occurrence of a name wins, as ``RequestParameters`` reads them.
    init(kind: SimulationRecord.Kind, form pairs: [(name: String, value: String)]) {
        self.kind = kind
        func value(_ name: String) -> String { pairs.first { $0.name == name }?.value ?? "" }
        appID = value("app_id")
        from = value("from")
        to = value("to")
        duration = value("duration")
        text = value("text")
    }

    init(
        kind: SimulationRecord.Kind, appID: String = "", from: String, to: String, duration: String = "", text: String
    ) {
        self.kind = kind
        self.appID = appID
        self.from = from
        self.to = to
        self.duration = duration
        self.text = text
    }
}
