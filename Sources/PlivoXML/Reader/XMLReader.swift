/// A strict, non-validating XML 1.0 reader for the few kilobytes an answer URL returns.
///
/// Written by hand because Foundation's `XMLParser` lives in FoundationXML, which links libxml2 and the whole of
/// Foundation; MockPlivo links FoundationEssentials only, for its memory and start-up budget, and this module
/// links nothing at all. What it reads: UTF-8 (a BOM is skipped), the XML declaration, comments, processing
/// instructions, a DOCTYPE without internal subset (skipped), elements, attributes in either quote, the five
/// predefined entities, character references and CDATA. It refuses any internal DTD subset, so no entity is
/// ever declared and none can expand. The first well-formedness error ends the read (XML 1.0 §1.2, "fatal
/// error") and is reported with its line and column.
///
/// Elements are read with an explicit stack, never by recursion, so depth costs heap, not call stack.
struct XMLReader {
    let limits: PlivoXMLLimits
    var scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var column = 1
    var elementCount = 0

    /// Reads `bytes` into the tree of its root element.
    static func read(_ bytes: [UInt8], limits: PlivoXMLLimits = PlivoXMLLimits()) throws(PlivoXMLError) -> XMLElement {
        guard bytes.count <= limits.maxDocumentBytes else {
            throw PlivoXMLError(
                kind: .limitExceeded, path: "", line: 1, column: 1,
                message: "the document is \(bytes.count) bytes; the limit is \(limits.maxDocumentBytes)")
        }
        var reader = XMLReader(limits: limits, scalars: try decode(bytes))
        return try reader.readDocument()
    }

    private mutating func readDocument() throws(PlivoXMLError) -> XMLElement {
        if hasPrefix("<?xml"), !XMLCharacter.isName(peek(5)) {
            try readXMLDeclaration()
        }
        try readMisc(allowingDoctype: true)
        guard current == "<", XMLCharacter.isNameStart(peek(1)) else {
            if current == nil {
                throw failure("the document has no root element")
            }
            throw failure("expected the root element, found \(describeCurrent())")
        }
        let root = try readElementTree()
        try readMisc(allowingDoctype: false)
        if current != nil {
            if current == "<", XMLCharacter.isNameStart(peek(1)) {
                throw failure("only one root element is allowed, found a second one after </\(root.name)>")
            }
            throw failure("only comments and processing instructions may follow the root element, found \(describeCurrent())")
        }
        return root
    }

    /// `Misc*` of XML 1.0 §2.8: whitespace, comments and processing instructions, plus the DOCTYPE before the root.
    private mutating func readMisc(allowingDoctype: Bool) throws(PlivoXMLError) {
        var doctypeAllowed = allowingDoctype
        while true {
            skipWhitespace()
            if hasPrefix("<!--") {
                try readComment()
            } else if hasPrefix("<?") {
                try readProcessingInstruction()
            } else if hasPrefix("<!DOCTYPE") {
                guard doctypeAllowed else {
                    throw failure(allowingDoctype ? "only one DOCTYPE is allowed" : "a DOCTYPE must come before the root element")
                }
                try readDoctype()
                doctypeAllowed = false
            } else {
                return
            }
        }
    }

    /// An element whose start tag is not yet closed by its end tag.
    private struct OpenElement {
        var element: XMLElement
        var pendingText = ""

        mutating func flushText() {
            guard !pendingText.isEmpty else { return }
            element.children.append(.text(pendingText))
            pendingText = ""
        }
    }

    private mutating func readElementTree() throws(PlivoXMLError) -> XMLElement {
        let (root, rootIsEmpty) = try readStartTag(depth: 1)
        if rootIsEmpty { return root }
        var stack = [OpenElement(element: root)]
        while true {
            let top = stack.count - 1
            guard let scalar = current else {
                let open = stack[top].element
                throw failure("the document ends inside <\(open.name)> (opened at line \(open.position.line), column \(open.position.column))")
            }
            if scalar == "&" {
                try readReference(into: &stack[top].pendingText)
            } else if scalar != "<" {
                if scalar == "]", hasPrefix("]]>") {
                    throw failure("\"]]>\" is not allowed in text (XML 1.0 §2.4)")
                }
                stack[top].pendingText.unicodeScalars.append(scalar)
                advance()
            } else if hasPrefix("</") {
                stack[top].flushText()
                let closing = try readEndTag()
                let open = stack.removeLast().element
                guard closing.name == open.name else {
                    throw PlivoXMLError(
                        kind: .malformedXML, path: "", line: closing.position.line, column: closing.position.column,
                        message: "end tag </\(closing.name)> does not match <\(open.name)> (opened at line \(open.position.line), column \(open.position.column))")
                }
                if stack.isEmpty { return open }
                stack[stack.count - 1].element.children.append(.element(open))
            } else if hasPrefix("<!--") {
                try readComment()
            } else if hasPrefix("<![CDATA[") {
                try readCDATA(into: &stack[top].pendingText)
            } else if hasPrefix("<?") {
                try readProcessingInstruction()
            } else if hasPrefix("<!") {
                throw failure("markup declarations are only allowed in a DOCTYPE")
            } else {
                stack[top].flushText()
                let (child, isEmpty) = try readStartTag(depth: stack.count + 1)
                if isEmpty {
                    stack[top].element.children.append(.element(child))
                } else {
                    stack.append(OpenElement(element: child))
                }
            }
        }
    }

    /// Reads `<name attr="value" ...>` or `<name .../>`; returns the element and whether it was empty (`/>`).
    private mutating func readStartTag(depth: Int) throws(PlivoXMLError) -> (XMLElement, isEmpty: Bool) {
        let start = position
        advance()
        let name = try readName(what: "an element name after \"<\"")
        elementCount += 1
        guard elementCount <= limits.maxElements else {
            throw failure("the document has more than \(limits.maxElements) elements", at: start, kind: .limitExceeded)
        }
        guard depth <= limits.maxDepth else {
            throw failure("<\(name)> is nested \(depth) deep; the limit is \(limits.maxDepth)", at: start, kind: .limitExceeded)
        }
        var element = XMLElement(name: name, position: start)
        while true {
            let spaced = skipWhitespace()
            guard let scalar = current else {
                throw failure("the document ends inside the start tag of <\(name)>")
            }
            if scalar == ">" {
                advance()
                return (element, false)
            }
            if scalar == "/" {
                advance()
                guard current == ">" else { throw failure("expected \">\" after \"/\" in <\(name)>") }
                advance()
                return (element, true)
            }
            guard XMLCharacter.isNameStart(scalar) else {
                throw failure("unexpected \(describeCurrent()) in the start tag of <\(name)>")
            }
            guard spaced else {
                throw failure("attributes of <\(name)> must be separated by whitespace")
            }
            let attribute = try readAttribute(of: name)
            if element.attribute(attribute.name) != nil {
                throw failure("attribute \(attribute.name) appears twice on <\(name)>", at: attribute.position)
            }
            element.attributes.append(attribute)
            guard element.attributes.count <= limits.maxAttributesPerElement else {
                throw failure("<\(name)> has more than \(limits.maxAttributesPerElement) attributes",
                              at: attribute.position, kind: .limitExceeded)
            }
        }
    }

    private mutating func readAttribute(of element: String) throws(PlivoXMLError) -> XMLAttribute {
        let start = position
        let name = try readName(what: "an attribute name")
        skipWhitespace()
        guard current == "=" else {
            throw failure("attribute \(name) of <\(element)> has no value (expected \"=\")")
        }
        advance()
        skipWhitespace()
        guard let quote = current, quote == "\"" || quote == "'" else {
            throw failure("the value of attribute \(name) of <\(element)> must be in quotes")
        }
        let value = try readAttributeValue(quote: quote)
        return XMLAttribute(name: name, value: value, position: start)
    }

    private mutating func readEndTag() throws(PlivoXMLError) -> (name: String, position: SourcePosition) {
        let start = position
        advance(by: 2)
        let name = try readName(what: "an element name after \"</\"")
        skipWhitespace()
        guard current == ">" else { throw failure("expected \">\" to close </\(name)>") }
        advance()
        return (name, start)
    }

    mutating func readName(what: String) throws(PlivoXMLError) -> String {
        guard XMLCharacter.isNameStart(current) else {
            throw failure("expected \(what), found \(describeCurrent())")
        }
        var name = ""
        while let scalar = current, XMLCharacter.isName(scalar) {
            name.unicodeScalars.append(scalar)
            advance()
        }
        return name
    }
}
