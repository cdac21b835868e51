import PlivoXML

/// `<GetDigits>`: prompts, then keys from the other end, then `action` with `Digits` (``InputSession``).
struct GetDigitsVerb: VerbPerformer {
    let getDigits: GetDigits

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        context.answer()
        let session = InputSession(
            runtime: context.runtime, call: context.call, rules: InputRules(getDigits), prompts: getDigits.prompts, earlyMedia: context.earlyMedia,
            parameters: { input in
                guard case .digits(let digits) = input else { return [:] }
                return ["Digits": digits]
            },
            finish: finish)
        session.start(context.turn)
    }
}
