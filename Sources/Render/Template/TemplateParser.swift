/// Compiles the source of a Mustache template into ``TemplateNode``s.
///
/// The whitespace rules are those of the Mustache spec as swift-mustache (which rendered the
/// templates before) applies them, to the byte, so that a theme renders as it always has:
///
/// - A line holding only a section, inverted, closing, comment, set-delimiter or partial tag
///   (and spaces or tabs) is *standalone*: the tag's line disappears with its line break
///   (`\n`, `\r\n`, or any other line separator right after the tag). Whether a tag starts
///   its line is decided as swift-mustache does: after a section closes, the line counts as
///   starting where the section's opening tag was standalone.
/// - A standalone partial keeps its line's leading whitespace, which becomes the indentation
///   of the partial's later lines.
///
/// The source is read as Swift `Character`s (grapheme clusters), as swift-mustache reads it.
/// Not supported, and reported as errors: lambdas (there are none: contexts hold values),
/// pragmas (`{{% ...}}`), template inheritance (`{{< parent}}`, `{{$ block}}`) and dynamic
/// partial names (`{{> *name}}`).
struct TemplateParser {
    /// How deep sections may nest in one template.
    static let maximumNesting = 100

    private let characters: [Character]
    private var position = 0

    /// What the parser knows at a point of the template.
    private struct State {
        /// The section being read: what its opening tag wrote, and where it was.
        var section: (name: String, transforms: [String], written: String, start: Int)?
        var depth = 0
        /// Whether the next text starts a line, for standalone tags.
        var atLineStart = true
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]
    }

    private init(_ source: String) {
        characters = Array(source)
    }

    /// The nodes of `source`; throws for a template that does not parse, with its line.
    static func parse(_ source: String) throws(TemplateParseError) -> [TemplateNode] {
        var parser = TemplateParser(source)
        var state = State()
        return Self.mergingText(try parser.block(&state))
    }

    // MARK: - Blocks

    /// The nodes up to the tag closing `state.section`, or to the end of the template.
    private mutating func block(_ state: inout State) throws(TemplateParseError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        // The whitespace that started the current line, kept until it is known whether the
        // line holds only a standalone tag.
        var indentation = ""
        while position < characters.count {
            if state.atLineStart {
                indentation = read { $0 == " " || $0 == "\t" }
            }
            let text = try self.text(state)
            if position < characters.count, characters[position].isNewline {
                nodes.append(.text(Array((indentation + text + String(characters[position])).utf8)))
                state.atLineStart = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array((indentation + text).utf8)))
                indentation = ""
                state.atLineStart = false
            }
            guard position < characters.count else { break }
            let tagStart = position - state.open.count
            var standalone = false
            switch characters[position] {
            case "#", "^":
                let inverted = characters[position] == "^"
                position += 1
                let name = try self.name(state, tagStart: tagStart)
                standalone = lineEnds(state)
                if !standalone, !indentation.isEmpty {
                    nodes.append(.text(Array(indentation.utf8)))
                    indentation = ""
                }
                guard state.depth < Self.maximumNesting else {
                    throw error(at: tagStart, "sections nest more than \(Self.maximumNesting) deep")
                }
                var inner = state
                inner.section = (name.name, name.transforms, name.written, tagStart)
                inner.depth += 1
                if !standalone { inner.atLineStart = false }
                let body = try block(&inner)
                nodes.append(.section(TemplateLookup(name: name.name, transforms: name.transforms), inverted: inverted, body: body))
            case "/":
                position += 1
                let name = try self.name(state, tagStart: tagStart)
                guard let open = state.section else {
                    throw error(at: tagStart, "{{/\(name.written)}} closes no section")
                }
                guard open.name == name.name, open.transforms == name.transforms else {
                    throw error(at: tagStart, "{{/\(name.written)}} does not close {{#\(open.written)}}")
                }
                if !lineEnds(state), !indentation.isEmpty {
                    nodes.append(.text(Array(indentation.utf8)))
                }
                return nodes
            case "!":
                position += 1
                guard skip(past: state.close) else { throw error(at: tagStart, "the comment is not closed") }
                standalone = lineEnds(state)
            case "{":
                if !indentation.isEmpty {
                    nodes.append(.text(Array(indentation.utf8)))
                    indentation = ""
                }
                position += 1
                let name = try self.name(state, tagStart: tagStart)
                guard position < characters.count, characters[position] == "}" else {
                    throw error(at: tagStart, "{{{\(name.written)}} is not closed by }")
                }
                position += 1
                nodes.append(.variable(TemplateLookup(name: name.name, transforms: name.transforms), escaped: false))
            case "&":
                if !indentation.isEmpty {
                    nodes.append(.text(Array(indentation.utf8)))
                    indentation = ""
                }
                position += 1
                let name = try self.name(state, tagStart: tagStart)
                nodes.append(.variable(TemplateLookup(name: name.name, transforms: name.transforms), escaped: false))
            case ">":
                position += 1
                _ = read { $0.isWhitespace }
                if position < characters.count, characters[position] == "*" {
                    throw error(at: tagStart, "dynamic partial names ({{>*name}}) are not supported")
                }
                let name = try partialName(state, tagStart: tagStart)
                if !indentation.isEmpty { nodes.append(.text(Array(indentation.utf8))) }
                standalone = lineEnds(state)
                nodes.append(.partial(name: name, indentation: standalone ? Array(indentation.utf8) : nil))
                indentation = ""
            case "<", "$":
                throw error(at: tagStart, "template inheritance ({{<parent}}, {{$block}}) is not supported")
            case "%":
                throw error(at: tagStart, "pragmas ({{%...}}) are not supported")
            case "=":
                position += 1
                try setDelimiters(&state, tagStart: tagStart)
                standalone = lineEnds(state)
            default:
                if !indentation.isEmpty {
                    nodes.append(.text(Array(indentation.utf8)))
                    indentation = ""
                }
                let name = try self.name(state, tagStart: tagStart)
                nodes.append(.variable(TemplateLookup(name: name.name, transforms: name.transforms), escaped: true))
            }
            state.atLineStart = standalone
        }
        if let open = state.section {
            throw error(at: open.start, "{{#\(open.written)}} is not closed")
        }
        return nodes
    }

    /// The text up to the next line break (`\n` or `\r\n`, left to read) or the next opening
    /// delimiter (read, the tag's first character next), or to the end.
    private mutating func text(_ state: State) throws(TemplateParseError) -> String {
        var text = ""
        let first = state.open[0]
        while position < characters.count {
            let character = characters[position]
            if character == "\n" || character == "\r\n" { break }
            if character == first {
                guard characters.count - position >= state.open.count else {
                    throw error(at: position, "the template ends inside an opening delimiter")
                }
                if characters[position..<(position + state.open.count)].elementsEqual(state.open) {
                    position += state.open.count
                    break
                }
            }
            text.append(character)
            position += 1
        }
        return text
    }

    // MARK: - Tags

    /// The name of a tag up to its closing delimiter, split from its transforms:
    /// `last()` is the name `""` with the transform `last`; `a(b(c))` is `c` with `[a, b]`.
    private mutating func name(_ state: State, tagStart: Int) throws(TemplateParseError) -> (name: String, transforms: [String], written: String) {
        _ = read { $0.isWhitespace }
        let written = read { Self.nameCharacters.contains($0) }
        _ = read { $0.isWhitespace }
        guard skip(state.close) else { throw error(at: tagStart, "the tag is not closed by \(String(state.close)), or its name holds a character names may not") }
        guard let split = Self.transforms(of: written) else {
            throw error(at: tagStart, "\(written) is not a name, nor a transform of one: name(value)")
        }
        return (split.name, split.transforms, written)
    }

    /// `c` and `[a, b]` for `a(b(c))`; `nil` when the parentheses do not match.
    static func transforms(of written: String) -> (name: String, transforms: [String])? {
        guard written.contains(where: { $0 == "(" || $0 == ")" }) else { return (written, []) }
        var rest = Substring(written)
        var transforms: [String] = []
        while true {
            let name = rest.prefix { $0 != "(" && $0 != ")" }
            rest = rest.dropFirst(name.count)
            guard let bracket = rest.first else { return nil }
            rest = rest.dropFirst()
            if bracket == "(" {
                transforms.append(String(name))
                continue
            }
            // As many closing parentheses as transforms, and nothing after them.
            guard !transforms.isEmpty, rest.count == transforms.count - 1, rest.allSatisfy({ $0 == ")" }) else { return nil }
            return (String(name), transforms)
        }
    }

    /// The name of a partial, up to the closing delimiter.
    private mutating func partialName(_ state: State, tagStart: Int) throws(TemplateParseError) -> String {
        let name = read { Self.partialNameCharacters.contains($0) }
        _ = read { $0.isWhitespace }
        guard skip(state.close) else { throw error(at: tagStart, "the partial tag is not closed by \(String(state.close)), or its name holds a character names may not") }
        return name
    }

    /// `{{=<% %>=}}`: the new delimiters, for the rest of the current section.
    private mutating func setDelimiters(_ state: inout State, tagStart: Int) throws(TemplateParseError) {
        let problem = error(at: tagStart, "a set-delimiter tag is written {{=open close=}}")
        _ = read { $0.isWhitespace }
        let open = read { !$0.isWhitespace }
        guard position < characters.count else { throw problem }
        _ = read { $0.isWhitespace }
        let close = read { $0 != "=" && !$0.isWhitespace }
        guard position < characters.count else { throw problem }
        _ = read { $0.isWhitespace }
        guard skip(["="]), skip(state.close), !open.isEmpty, !close.isEmpty else { throw problem }
        state.open = Array(open)
        state.close = Array(close)
    }

    // MARK: - Reading

    /// Whether the tag just read ends its line, as the only thing on it but spaces: then
    /// the line break is read too.
    private mutating func lineEnds(_ state: State) -> Bool {
        guard state.atLineStart else { return false }
        guard position < characters.count else { return true }
        var next = position
        while next < characters.count, characters[next] == " " || characters[next] == "\t" { next += 1 }
        guard next < characters.count, characters[next].isNewline else { return false }
        position = next + 1
        return true
    }

    /// The characters from here that satisfy `accept`.
    private mutating func read(while accept: (Character) -> Bool) -> String {
        var text = ""
        while position < characters.count, accept(characters[position]) {
            text.append(characters[position])
            position += 1
        }
        return text
    }

    /// Reads `expected` if it comes next.
    private mutating func skip(_ expected: [Character]) -> Bool {
        guard characters.count - position >= expected.count,
              characters[position..<(position + expected.count)].elementsEqual(expected)
        else { return false }
        position += expected.count
        return true
    }

    /// Reads up to and past the next `expected`; `false`, reading nothing, when it does not
    /// come. Matched as swift-mustache matches the end of a comment: a character that breaks
    /// a partial match does not start a new one (`%%>` holds no `%>` for it).
    private mutating func skip(past expected: [Character]) -> Bool {
        var next = position
        var matched = 0
        while next < characters.count {
            if characters[next] == expected[matched] {
                matched += 1
                if matched == expected.count {
                    position = next + 1
                    return true
                }
            } else {
                matched = 0
            }
            next += 1
        }
        return false
    }

    /// The error `message` at the line of `offset`.
    private func error(at offset: Int, _ message: String) -> TemplateParseError {
        let line = characters[..<min(offset, characters.count)].reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        return TemplateParseError(line: line, message: message)
    }

    /// Adjacent texts as one, where the first does not end a line (a partial indents the
    /// text after a line break, so those stay apart).
    private static func mergingText(_ nodes: [TemplateNode]) -> [TemplateNode] {
        var result: [TemplateNode] = []
        result.reserveCapacity(nodes.count)
        for node in nodes {
            switch node {
            case .text(let bytes):
                if case .text(let previous)? = result.last, previous.last != UInt8(ascii: "\n") {
                    result[result.count - 1] = .text(previous + bytes)
                } else {
                    result.append(node)
                }
            case .section(let lookup, let inverted, let body):
                result.append(.section(lookup, inverted: inverted, body: mergingText(body)))
            case .variable, .partial:
                result.append(node)
            }
        }
        return result
    }

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = nameCharacters.union(["/"])
}
