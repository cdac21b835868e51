/// A fragment of HTML whose string interpolation escapes text by default.
///
/// `"<td>\(application.appName)</td>" as HTML` escapes the name; only another `HTML` value is inserted as it is.
/// Interpolation accepts `String`, `Int`, `HTML` and `[HTML]` and nothing else, so a value that was never meant
/// to reach the page (an optional, an error) fails to compile instead of printing `Optional("…")` unescaped.
struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    private(set) var rendered: String

    init(stringLiteral literal: String) {
        rendered = literal
    }

    init(stringInterpolation: Interpolation) {
        rendered = stringInterpolation.rendered
    }

    /// Trusted markup built by code, never user input.
    init(trusted markup: String) {
        rendered = markup
    }

    var description: String { rendered }

    static let empty: HTML = ""

    /// The interpolation that escapes.
    struct Interpolation: StringInterpolationProtocol {
        fileprivate var rendered = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            rendered.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) {
            rendered += literal
        }

        mutating func appendInterpolation(_ text: String) {
            rendered += HTML.escape(text)
        }

        mutating func appendInterpolation(_ number: Int) {
            rendered += String(number)
        }

        mutating func appendInterpolation(_ html: HTML) {
            rendered += html.rendered
        }

        mutating func appendInterpolation(_ fragments: [HTML]) {
            for fragment in fragments { rendered += fragment.rendered }
        }
    }

    /// Escapes the five characters that matter in element content and in quoted attribute values
    /// (HTML Living Standard §13.1.2.3 and §13.1.2.6; `'` too, so single-quoted attributes are safe as well).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Concatenates fragments.
    static func + (lhs: HTML, rhs: HTML) -> HTML {
        HTML(trusted: lhs.rendered + rhs.rendered)
    }
}
