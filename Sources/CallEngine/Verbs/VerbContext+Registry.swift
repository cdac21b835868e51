import PlivoXML

/// Which type runs which verb: the one place a new verb is wired in.
extension VerbContext {
    func perform(_ verb: PlivoVerb, _ finish: @escaping VerbFinish) {
        let performer: any VerbPerformer = switch verb {
        case .speak(let speak): SpeakVerb(speak: speak)
        case .play(let play): PlayVerb(play: play)
        case .wait(let wait): WaitVerb(wait: wait)
        case .preAnswer(let preAnswer): PreAnswerVerb(preAnswer: preAnswer)
        case .redirect(let redirect): RedirectVerb(redirect: redirect)
        case .hangup(let hangup): HangupVerb(hangup: hangup)
        case .dtmf(let dtmf): DTMFVerb(dtmf: dtmf)
        case .message(let message): MessageVerb(message: message)
        case .getDigits(let getDigits): GetDigitsVerb(getDigits: getDigits)
        case .getInput(let getInput): GetInputVerb(getInput: getInput)
        case .record(let record): RecordVerb(record: record)
        case .dial(let dial): DialVerb(dial: dial)
        case .conference(let conference): ConferenceVerb(conference: conference)
        case .stream: NotYetSimulatedVerb(name: verb.name)
        }
        performer.perform(in: self, finish)
    }
}
