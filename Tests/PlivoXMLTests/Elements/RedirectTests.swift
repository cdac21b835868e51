import Testing

@testable import PlivoXML

@Suite struct RedirectTests {
    @Test("Redirect reads its URL and POSTs by default")
    func defaults() throws {
        let redirect = try single(Redirect.self, "<Redirect>https://example.com/next.xml?step=2#ct=3000</Redirect>")
        #expect(redirect.url == "https://example.com/next.xml?step=2#ct=3000")
        #expect(redirect.method == .post)
    }

    @Test("method GET is read")
    func readsMethod() throws {
        #expect(try single(Redirect.self, "<Redirect method=\"GET\">http://example.com/x</Redirect>").method == .get)
    }

    @Test("Redirect needs a URL and a method Plivo knows", arguments: [
        ("<Redirect/>", "Redirect: needs an absolute http/https URL as its text"),
        ("<Redirect>/next</Redirect>", #"Redirect: text must be an absolute http/https URL, got "/next""#),
        ("<Redirect method=\"get\">https://example.com</Redirect>", #"Redirect: attribute method must be one of GET, POST, got "get""#),
        ("<Redirect method=\"PUT\">https://example.com</Redirect>", #"Redirect: attribute method must be one of GET, POST, got "PUT""#),
    ])
    func refusesBadValues(xml: String, message: String) {
        #expect(messages(xml) == [message])
    }
}
