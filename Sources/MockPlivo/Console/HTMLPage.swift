import HTTPServerKit

/// The console's layout: one self-contained page with inline CSS and no script or external asset, so it works
/// offline, in CI and behind any proxy.
struct HTMLPage {
    var title: String
    /// The account signed in through Basic auth, shown in the header.
    var accountID: String
    var section: ConsoleSection
    /// A one-line notice, e.g. after a redirect ("Application … created.").
    var notice: String?
    /// An error for the whole page (a form shows its own next to the fields).
    var error: String?
    var content: HTML

    func render() -> HTML {
        let links = ConsoleSection.allCases.map { item -> HTML in
            let current: HTML = item == section ? " aria-current=\"page\"" : ""
            return "<a href=\"\(item.path)\"\(current)>\(item.title)</a>"
        }
        var banners: HTML = .empty
        if let notice { banners = banners + "<p class=\"notice\" role=\"status\">\(notice)</p>" }
        if let error { banners = banners + "<p class=\"error\" role=\"alert\">\(error)</p>" }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · MockPlivo</title>
            <style>\(HTML(trusted: Self.styleSheet))</style>
            </head>
            <body>
            <header><strong>MockPlivo</strong> console <nav>\(links)</nav>
            <span class="account">account <code>\(accountID)</code></span></header>
            <main>
            <h1>\(title)</h1>
            \(banners)\(content)
            </main>
            <footer>A local mock of Plivo's API · <a href="/openapi.yaml">OpenAPI description</a></footer>
            </body>
            </html>
            """
    }

    /// The response for this page.
    func response(status: HTTPStatus = .ok) -> HTTPResponse {
        ConsoleResponse.html(render(), status: status)
    }

    // Kept small and inline: no asset routes, no caching questions.
    static let styleSheet = """
        body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2733;background:#f5f7fa}
        header{display:flex;gap:1.5em;align-items:center;padding:.7em 1.5em;background:#1d2733;color:#fff}
        header a{color:#c9d6e8;margin-right:1em}header a[aria-current]{color:#fff;font-weight:600}
        header .account{margin-left:auto}main{padding:1em 1.5em;max-width:72em}
        footer{padding:1em 1.5em;color:#66717f;font-size:13px}
        .notice{background:#e3f6e8;border:1px solid #8fd19e;padding:.5em .8em}
        .error{background:#fdecea;border:1px solid #f19b93;padding:.5em .8em}
        .card{background:#fff;border:1px solid #d9e0e8;border-radius:6px;padding:.8em 1em;margin:0 0 1em}
        .card h2{font-size:17px;margin:0 0 .5em}.card h2 small{color:#66717f;font-weight:400}
        dl{display:grid;grid-template-columns:repeat(auto-fill,minmax(22em,1fr));gap:.1em 1.5em;margin:0}
        dl div{display:flex;gap:.6em;min-width:0}dt{color:#66717f;flex:0 0 11.5em}
        dd{margin:0;overflow-wrap:anywhere;font-family:ui-monospace,monospace;font-size:13px}
        form.fields{display:grid;grid-template-columns:14em minmax(10em,52em);gap:.5em 1em;align-items:center}
        input,select{font:inherit;padding:.25em .4em}.actions{display:flex;gap:.8em;align-items:center}
        button,.button{font:inherit;padding:.35em .9em;border:1px solid #2b6cb0;background:#2b6cb0;color:#fff;
        border-radius:4px;text-decoration:none;cursor:pointer}.danger{background:#c53030;border-color:#c53030}
        .hint{color:#66717f;font-size:13px}summary{cursor:pointer}
        pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f5f7fa;padding:.5em;font-size:13px}
        table{border-collapse:collapse}th,td{text-align:left;padding:.25em .6em;border-bottom:1px solid #d9e0e8;
        vertical-align:top}

        """ + CallTimelineView.styleSheet
}

/// Building blocks of console responses.
enum ConsoleResponse {
    // Not among HTTPServerKit's constants, and its default reason phrase for unknown codes is generic.
    static let seeOther = HTTPStatus(code: 303, reasonPhrase: "See Other")

    static func html(_ html: HTML, status: HTTPStatus = .ok) -> HTTPResponse {
        // no-store: pages show live state and, behind Basic auth, must not linger in shared caches.
        HTTPResponse(
            status: status,
            headers: ["Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"],
            body: Array(html.rendered.utf8))
    }

    /// `303 See Other` after a successful form post, so a reload does not post again.
    static func redirect(to location: String) -> HTTPResponse {
        HTTPResponse(status: seeOther, headers: ["Location": location, "Content-Type": "text/html; charset=utf-8"])
    }
}
