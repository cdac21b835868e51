/// An element's content: child elements by rule, and text where the element takes text.
extension ElementReader {
    /// Reads the child elements by `rules`, in document order. A child no rule names is misplaced (a Plivo
    /// element in the wrong parent) or unknown (not Plivo XML at all); text between children is an error unless
    /// it is whitespace.
    mutating func children<Child>(_ rules: [ChildRule<Child>]) -> [Child] {
        refuseText()
        return mixedContent(rules) { _ in nil }
    }

    /// Text and child elements in written order (Speak and SSML): `text` turns each run of text into a child,
    /// or drops it by returning nil.
    mutating func mixedContent<Child>(_ rules: [ChildRule<Child>], text: (String) -> Child?) -> [Child] {
        let paths = childPaths()
        var elementIndex = 0
        var result: [Child] = []
        for node in element.children {
            guard case .element(let child) = node else {
                if case .text(let run) = node, let value = text(run) { result.append(value) }
                continue
            }
            let childPath = paths[elementIndex]
            elementIndex += 1
            let rule = rules.first { $0.name == child.name }
            if let rule, rule.documented || options.nesting == .sdkBuilders {
                var reader = ElementReader(element: child, path: childPath, diagnostics: diagnostics)
                let value = rule.read(&reader)
                reader.reportUnknownAttributes()
                if let value { result.append(value) }
            } else {
                reportStray(child, path: childPath, allowed: rules, undocumented: rule != nil)
            }
        }
        return result
    }

    /// The path of each child element, in order. Same-named siblings are numbered from 1, XPath style, but only
    /// when there are several: `Response/GetDigits[2]/Speak` names the second GetDigits and its only Speak.
    func childPaths() -> [String] {
        let children = element.elements
        var counts: [String: Int] = [:]
        for child in children {
            counts[child.name, default: 0] += 1
        }
        var seen: [String: Int] = [:]
        return children.map { child in
            seen[child.name, default: 0] += 1
            let index = counts[child.name, default: 0] > 1 ? "[\(seen[child.name, default: 0])]" : ""
            return "\(path)/\(child.name)\(index)"
        }
    }

    /// Refuses every child element: for elements whose content is text only (`<Play>`, `<Number>`, ...).
    func refuseChildElements() {
        refuseChildElements(because: "takes text only")
    }

    /// Refuses text other than whitespace: for elements with children only, or with no content at all.
    func refuseText() {
        let text = element.text.trimmed
        guard !text.isEmpty else { return }
        report(.unexpectedText, "takes no text, got \"\(text.clipped())\"")
    }

    /// For elements with neither text nor children (`<Wait/>`, `<Hangup/>`, `<Record/>`).
    func refuseContent() {
        refuseText()
        refuseChildElements(because: "takes no content")
    }

    private func refuseChildElements(because reason: String) {
        for (child, childPath) in zip(element.elements, childPaths()) {
            diagnostics.error(PlivoXMLError(
                kind: .misplacedElement, path: childPath, line: child.position.line,
                column: child.position.column, message: "\(child.name): not allowed inside \(name), which \(reason)"))
        }
    }

    /// The element's text, trimmed, with its child elements refused. Reports `missingText` when it is empty.
    func requiredText(_ what: String) -> String {
        refuseChildElements()
        let text = element.text.trimmed
        if text.isEmpty {
            report(.missingText, "needs \(what) as its text")
        }
        return text
    }

    /// The element's text as a URL with one of `schemes`; reports `missingText` or `invalidText`.
    func requiredURLText(schemes: [String] = AbsoluteURL.web) -> String {
        let text = requiredText(AbsoluteURL.describe(schemes))
        if !text.isEmpty, !AbsoluteURL.isValid(text, schemes: schemes) {
            report(.invalidText, "text must be \(AbsoluteURL.describe(schemes)), got \"\(text.clipped())\"")
        }
        return text
    }

    private func reportStray<Child>(_ child: XMLElement, path childPath: String, allowed rules: [ChildRule<Child>], undocumented: Bool) {
        let place = (line: child.position.line, column: child.position.column)
        if undocumented {
            diagnostics.error(PlivoXMLError(
                kind: .misplacedElement, path: childPath, line: place.line, column: place.column,
                message: "\(child.name): inside \(name) only SDK builders allow it, Plivo's docs do not (documented nesting)"))
        } else if PlivoVerb.knownElementNames.contains(child.name) {
            let names = rules.filter { $0.documented || options.nesting == .sdkBuilders }.map(\.name)
            let allowed = names.isEmpty ? "" : " (allowed: \(names.joined(separator: ", ")))"
            diagnostics.error(PlivoXMLError(
                kind: .misplacedElement, path: childPath, line: place.line, column: place.column,
                message: "\(child.name): not allowed inside \(name)\(allowed)"))
        } else {
            var message = "\(child.name): not a Plivo XML element"
            if let intended = PlivoVerb.knownElementNames.first(where: { $0.lowercased() == child.name.lowercased() }) {
                message += " (did you mean \(intended)?)"
            }
            var problem = PlivoXMLError(kind: .unknownElement, path: childPath, line: place.line, column: place.column, message: message)
            switch options.unknownElements {
            case .reject:
                diagnostics.error(problem)
            case .skip:
                problem.message += "; skipped"
                diagnostics.warning(problem)
            }
        }
    }
}
