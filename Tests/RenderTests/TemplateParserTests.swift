import Testing
@testable import Render

/// Compiling Mustache: tags, the whitespace rules of standalone lines (the spec's, as
/// swift-mustache applied them, to the byte), set delimiters, and the line of every error.
@Suite struct TemplateParserTests {
    @Test(arguments: MustacheSpecCases.comments)
    func commentsRenderAsTheSpecSays(_ spec: SpecCase) throws {
        #expect(try renderTemplate(spec.template, spec.data, partials: spec.partials) == spec.expected)
    }

    @Test(arguments: MustacheSpecCases.delimiters)
    func setDelimitersRenderAsTheSpecSays(_ spec: SpecCase) throws {
        #expect(try renderTemplate(spec.template, spec.data, partials: spec.partials) == spec.expected)
    }

    @Test func aTemplateCompilesToTextVariablesSectionsAndPartials() throws {
        let nodes = try TemplateParser.parse("<p>{{a}}{{{b}}}{{&c}}</p>{{#d}}x{{/d}}{{^e}}y{{/e}}{{> f}}")
        guard nodes.count == 8,
              case .text(let open) = nodes[0], String(decoding: open, as: UTF8.self) == "<p>",
              case .variable(let a, escaped: true) = nodes[1], a.path == ["a"],
              case .variable(let b, escaped: false) = nodes[2], b.path == ["b"],
              case .variable(_, escaped: false) = nodes[3],
              case .text(let close) = nodes[4], String(decoding: close, as: UTF8.self) == "</p>",
              case .section(let d, inverted: false, let body) = nodes[5], d.path == ["d"], body.count == 1,
              case .section(_, inverted: true, _) = nodes[6],
              case .partial(name: "f", indentation: nil) = nodes[7]
        else {
            Issue.record("unexpected nodes: \(nodes)")
            return
        }
    }

    @Test func aLineHoldingOnlyASectionTagDisappearsWithItsLineBreakOnTheFirstLineToo() throws {
        #expect(try renderTemplate("{{#t}}\n  <b>{{a}}</b>\n  {{/t}}\nend", ["t": true, "a": "A"]) == "  <b>A</b>\nend")
        #expect(try renderTemplate("{{#t}}\r\nx\r\n{{/t}}\r\n", ["t": true]) == "x\r\n")
        // Text before or after the tag keeps the line.
        #expect(try renderTemplate("x {{#t}}\ny\n{{/t}}", ["t": true]) == "x \ny\n")
    }

    @Test func aLineCountsAsStartedWhereTheSectionThatEndedOnItOpenedStandalone() throws {
        // swift-mustache's rule, kept: `{{#t}}` below is standalone although `x` precedes it...
        #expect(try renderTemplate("{{#t}}\nx{{/t}}{{#t}}\ny{{/t}}\n", ["t": true]) == "xy\n")
        // ... and `{{#t}}` here is not, although it starts its line.
        #expect(try renderTemplate("x{{#t}}\n{{/t}}\n{{#t}}\ny\n{{/t}}\n", ["t": true]) == "x\n\ny\n")
    }

    @Test func aStandalonePartialKeepsItsIndentationForItsLaterLines() throws {
        let nodes = try TemplateParser.parse("<ul>\n  {{> item}}\n</ul>")
        guard case .partial(name: "item", indentation: let indentation?) = nodes.last(where: { if case .partial = $0 { true } else { false } }) else {
            Issue.record("no standalone partial in \(nodes)")
            return
        }
        #expect(indentation == Array("  ".utf8))
        #expect(try renderTemplate("<ul>\n  {{> item}}\n</ul>", partials: ["item": "<li>1</li>\n<li>2</li>\n"]) == "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>")
    }

    @Test func whatSwiftMustacheReadOddlyReadsTheSame() throws {
        // An opening delimiter right before a line break vanishes.
        #expect(try renderTemplate("a{{\nb") == "a\nb")
        // A comment's end is found as swift-mustache found it: `%%>` does not end `<%!`.
        #expect(throws: TemplateParseError.self) { try TemplateParser.parse("{{=<% %>=}}<%! x %%>") }
        #expect(try renderTemplate("{{=<% %>=}}<%! x %>y") == "y")
    }

    @Test func namesSplitFromTheirTransforms() {
        #expect(TemplateParser.transforms(of: "name")! == ("name", []))
        #expect(TemplateParser.transforms(of: "last()")! == ("", ["last"]))
        #expect(TemplateParser.transforms(of: "count(list)")! == ("list", ["count"]))
        #expect(TemplateParser.transforms(of: "a(b(c))")! == ("c", ["a", "b"]))
        #expect(TemplateParser.transforms(of: "a(b)c") == nil)
        #expect(TemplateParser.transforms(of: "a(b))") == nil)
        #expect(TemplateParser.transforms(of: "a)") == nil)
    }

    @Test(arguments: [
        ("<h1>{{title}}</h1>\n{{#body}}\n{{/title}}\n", 3, "{{/title}} does not close {{#body}}"),
        ("a\n{{/body}}", 2, "{{/body}} closes no section"),
        ("a\n\n{{#body}}\nb\n", 3, "{{#body}} is not closed"),
        ("a\n{{title\n", 2, "the tag is not closed"),
        ("a\nb {{title x}}", 2, "the tag is not closed"),
        ("a\n{{{title}}\n", 2, "{{{title}} is not closed by }"),
        ("\n\n{{! a comment\n", 3, "the comment is not closed"),
        ("\n{{=<%>=}}", 2, "a set-delimiter tag is written"),
        ("{{% CONTENT_TYPE: TEXT}}", 1, "pragmas"),
        ("\n{{< parent}}{{/parent}}", 2, "template inheritance"),
        ("\n\n{{$block}}{{/block}}", 3, "template inheritance"),
        ("{{> *dynamic}}", 1, "dynamic partial names"),
        ("text {", 1, "the template ends inside an opening delimiter"),
        ("{{a(b}}", 1, "is not a name"),
    ])
    func aTemplateThatDoesNotParseIsReportedAtTheLineOfTheFaultyTag(_ source: String, _ line: Int, _ message: String) {
        #expect {
            _ = try TemplateParser.parse(source)
        } throws: { error in
            guard let error = error as? TemplateParseError else { return false }
            return error.line == line && error.message.contains(message)
        }
    }

    @Test func linesAreCountedByLineBreaksOfAnyKind() {
        #expect(throws: TemplateParseError(line: 4, message: "{{/b}} closes no section")) {
            try TemplateParser.parse("a\r\nb\rc\n{{/b}}")
        }
    }

    @Test func sectionsNestOnlySoDeep() {
        let deep = String(repeating: "{{#a}}", count: TemplateParser.maximumNesting + 1) + String(repeating: "{{/a}}", count: TemplateParser.maximumNesting + 1)
        #expect(throws: TemplateParseError.self) { try TemplateParser.parse(deep) }
        let fine = String(repeating: "{{#a}}", count: TemplateParser.maximumNesting) + String(repeating: "{{/a}}", count: TemplateParser.maximumNesting)
        #expect(throws: Never.self) { try TemplateParser.parse(fine) }
    }

    @Test func adjacentTextsBecomeOneUnlessTheFirstEndsALine() throws {
        #expect(try TemplateParser.parse("a{{! c }}b").count == 1)
        // A partial indents the text after a line break: that text stays apart.
        #expect(try TemplateParser.parse("a\n{{! c }}b").count == 2)
        // Whitespace before a comment that is not alone on its line is kept.
        #expect(try renderTemplate("  {{! c }} x\ny") == "   x\ny")
    }

    @Test func theSourceIsReadAsCharactersAsSwiftMustacheReadIt() {
        // A combining accent after `}}` makes `}́`: the tag is not closed.
        #expect(throws: TemplateParseError.self) { try TemplateParser.parse("{{a}}\u{301}") }
    }
}
