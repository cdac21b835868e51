import Testing
@testable import MockPlivo

@Suite("HTML escaping")
struct HTMLTests {
    @Test("Interpolated text is escaped, markup is not")
    func interpolationEscapes() {
        let name = "<script>alert('x') & \"y\"</script>"
        let html: HTML = "<p title=\"\(name)\">\(name)</p>\(HTML(trusted: "<br>"))"
        #expect(html.rendered == "<p title=\"&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;\">"
            + "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;</p><br>")
    }

    @Test("Text without special characters is unchanged")
    func plainText() {
        #expect(HTML.escape("plain text é 123") == "plain text é 123")
    }
}
