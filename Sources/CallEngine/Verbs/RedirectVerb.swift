import PlivoXML

/// `<Redirect>`: the document at its URL replaces the rest of this one (7014/8014 when it fails).
struct RedirectVerb: VerbPerformer {
    let redirect: Redirect

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        context.answer()
        context.trace("Redirect", [("url", redirect.url), ("method", redirect.method.rawValue)])
        finish(.fetch(CallURL(redirect.url, method: redirect.method.rawValue), .redirect), context.turn)
    }
}
