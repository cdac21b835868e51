import CallEngine

/// Where an instant goes, what colour it is and what it says: the keys and speech a caller gave and the input a
/// GetDigits submitted carry the digits or words in their label, so the drawing reads as the conversation did;
/// a Dial's answer and end link to the B leg's page.
extension CallTimeline {
    struct Mark {
        var lane: Lane
        var tone: Tone
        var label: String
        var leg: String?
    }

    static func mark(of entry: Trace.Entry) -> Mark {
        func detail(_ name: String) -> String? { entry.details.first { $0.0 == name }?.1 }
        let event = entry.event
        if let name = inputElement(event) {
            switch event {
            case "\(name) input":
                let speech = detail("Speech") ?? ""
                let given = speech.isEmpty ? detail("Digits") ?? "" : "“\(speech)”"
                return Mark(lane: .caller, tone: .input, label: "input \(given)")
            case "\(name) no input", "\(name) invalid key":
                return Mark(lane: .caller, tone: .failed, label: String(event.dropFirst(name.count + 1)))
            default:
                return Mark(lane: .caller, tone: .step, label: String(event.dropFirst(name.count + 1)))
            }
        }
        switch event {
        case "handset presses", "keys pressed":
            // Handset keys come from its script; pressed keys from the control API.
            return Mark(lane: .caller, tone: .key, label: "\(event == "keys pressed" ? "keys" : "presses") \(detail("digits") ?? "")")
        case "handset speaks", "speech":
            return Mark(lane: .caller, tone: .key, label: "\(event == "speech" ? "speech" : "says") “\(detail("speech") ?? "")”")
        case "prompts interrupted":
            return Mark(lane: .caller, tone: .step, label: event)
        case "Record ended", "live recording ended":
            let length = detail("duration_ms").flatMap(Int64.init).map { SimulatedDuration.milliseconds($0).secondsText }
            return Mark(lane: .audio, tone: .step, label: "recorded\(length.map { " \($0) s" } ?? "")")
        case "Dial answered":
            return Mark(lane: .xml, tone: .ok, label: "answered by \(detail("to") ?? "")", leg: detail("b_leg"))
        case "Dial ended":
            let leg = detail("DialBLegUUID").flatMap { $0.isEmpty ? nil : $0 }
            return Mark(lane: .xml, tone: .step, label: "Dial \(detail("DialStatus") ?? "ended")", leg: leg)
        default:
            if event.hasPrefix("live ") { return Mark(lane: .audio, tone: .step, label: event) }
            let lane: Lane = isCallEvent(event) ? .call : .xml
            return Mark(lane: lane, tone: event == "ended" ? .ended : .step, label: event)
        }
    }
}
