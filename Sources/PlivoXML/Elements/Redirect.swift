/// `<Redirect>`: fetches XML from a URL; the returned document replaces the rest of this one.
public struct Redirect: VerbElement {
    public static let name = "Redirect"

    /// Absolute http(s) URL of the next document.
    public var url: String
    /// Default POST.
    public var method: RequestMethod

    init(reading element: inout ElementReader) {
        method = element.method("method")
        url = element.requiredURLText()
    }

    var verb: PlivoVerb { .redirect(self) }
}
