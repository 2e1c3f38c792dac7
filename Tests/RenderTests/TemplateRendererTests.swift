import Testing
@testable import Render

/// Rendering: the spec's interpolation, sections, inverted sections and partials; the
/// truthiness of each kind of value; the lookup through enclosing contexts; the sequence
/// helpers; escaping; and swift-mustache's ways where they depart from the spec.
@Suite struct TemplateRendererTests {
    @Test(arguments: MustacheSpecCases.interpolation)
    func interpolationRendersAsTheSpecSays(_ spec: SpecCase) throws {
        #expect(try renderTemplate(spec.template, spec.data, partials: spec.partials) == spec.expected)
    }

    @Test(arguments: MustacheSpecCases.sections)
    func sectionsRenderAsTheSpecSays(_ spec: SpecCase) throws {
        #expect(try renderTemplate(spec.template, spec.data, partials: spec.partials) == spec.expected)
    }

    @Test(arguments: MustacheSpecCases.inverted)
    func invertedSectionsRenderAsTheSpecSays(_ spec: SpecCase) throws {
        #expect(try renderTemplate(spec.template, spec.data, partials: spec.partials) == spec.expected)
    }

    @Test(arguments: MustacheSpecCases.partials)
    func partialsRenderAsTheSpecSays(_ spec: SpecCase) throws {
        #expect(try renderTemplate(spec.template, spec.data, partials: spec.partials) == spec.expected)
    }

    @Test(arguments: [
        // value, what `{{#v}}[{{.}}]{{/v}}` renders, what `{{^v}}none{{/v}}` renders
        (TestValue.bool(true), "[Root]", ""),
        (.bool(false), "", "none"),
        (.absent, "", "none"),
        (.string(""), "[]", ""),
        (.string("x"), "[x]", ""),
        (.int(0), "[0]", ""),
        (.int(3), "[3]", ""),
        (.list([]), "", "none"),
        (.list(["a", "b"]), "[a][b]", ""),
        (.list([["n": 1], ["n": 2]]), "[context(n)][context(n)]", ""),
    ] as [(TestValue, String, String)])
    func eachKindOfValueShowsOrHidesASectionAsSwiftMustacheDid(_ value: TestValue, _ shown: String, _ inverted: String) throws {
        struct Root: TemplateContext, CustomStringConvertible {
            static let fields = ["v"]
            let v: TestValue
            func value(named name: String) -> TemplateValue? { name == "v" ? v.templateValue : nil }
            var description: String { "Root" }
        }
        let library = try templateLibrary("{{#v}}[{{.}}]{{/v}}", partials: ["inverted": "{{^v}}none{{/v}}"])
        #expect(library.render("main", Root(v: value)) == shown)
        #expect(library.render("inverted", Root(v: value)) == inverted)
    }

    @Test func anEmptyListPushedByAnInvertedSectionIsWhatItsDotWrites() throws {
        #expect(try renderTemplate("{{^v}}{{.}}{{/v}}", ["v": []]) == "[]")
    }

    @Test func anAbsentFieldStopsTheLookupAndAMissingOneLooksOutward() throws {
        let data: TestContext = ["symbol": "outer", "title": "outer", "inner": ["symbol": nil]]
        #expect(try renderTemplate("{{#inner}}[{{symbol}}][{{title}}]{{#symbol}}x{{/symbol}}{{/inner}}", data) == "[][outer]")
        #expect(try renderTemplate("{{inner.symbol}}|{{inner.title}}|{{#inner}}{{.title}}{{/inner}}", data) == "||")
    }

    @Test func aDottedNameLooksItsFirstPartUpOutwardAndTheRestInside() throws {
        let data: TestContext = ["a": ["b": ["c": "deep"]], "list": [["x": 1]]]
        #expect(try renderTemplate("{{#list}}{{a.b.c}}|{{.x}}|{{.a}}{{/list}}", data) == "deep|1|")
    }

    @Test func theSequenceHelpersTellWhereAnItemStandsInItsList() throws {
        let data: TestContext = ["list": ["a", "b", "c"], "t": true, "s": "x"]
        #expect(try renderTemplate("{{#list}}{{.}}{{^last()}}, {{/last()}}{{/list}}", data) == "a, b, c")
        #expect(try renderTemplate("{{#list}}{{index()}}{{#first()}}F{{/first()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}} {{/list}}", data) == "0Fe 1o 2e ")
        // Inside a boolean's section too, but not inside a partial or another value's section.
        #expect(try renderTemplate("{{#list}}{{#t}}{{index()}}{{/t}}{{#s}}[{{index()}}]{{/s}}{{> p}}{{/list}}", data, partials: ["p": "({{index()}})"]) == "0[]()1[]()2[]()")
        // Outside a list, they are nothing.
        #expect(try renderTemplate("{{first()}}{{#last()}}x{{/last()}}{{^last()}}y{{/last()}}") == "y")
    }

    @Test func valuesAreWrittenEscapedUnlessTripleOrAmpersand() throws {
        let data: TestContext = ["v": "<a href='x'>R&D \"é\"</a>", "n": -12, "b": false]
        #expect(try renderTemplate("{{v}}", data) == "&lt;a href=&#39;x&#39;&gt;R&amp;D &quot;é&quot;&lt;/a&gt;")
        #expect(try renderTemplate("{{{v}}}|{{&v}}", data) == "<a href='x'>R&D \"é\"</a>|<a href='x'>R&D \"é\"</a>")
        #expect(try renderTemplate("{{n}} {{b}}", data) == "-12 false")
    }

    @Test func aContextWrittenAsTextIsWhatSwiftPrintsOfIt() throws {
        struct Root: TemplateContext {
            static let fields = ["p", "ps"]
            func value(named name: String) -> TemplateValue? {
                switch name {
                case "p": .context(PrintedPoint(x: 1))
                case "ps": .list([PrintedPoint(x: 2)])
                default: nil
                }
            }
        }
        let library = try templateLibrary("{{{p}}}|{{{ps}}}|{{#ps}}{{{.}}}{{/ps}}")
        #expect(library.render("main", Root()) == "PrintedPoint(x: 1)|[RenderTests.PrintedPoint(x: 2)]|PrintedPoint(x: 2)")
    }

    @Test func aStandalonePartialIndentsOnlyTheLinesItsOwnTokensStart() throws {
        // swift-mustache indents a line when the partial's text before it ends a line: the
        // items of a section after the first are not indented. Kept, to the byte.
        let data: TestContext = ["list": [["x": "1"], ["x": "2"], ["x": "3"]], "text": "<\n->"]
        #expect(try renderTemplate("<\n  {{> p}}\n>", data, partials: ["p": "{{#list}}\n{{x}}\n{{/list}}\n"]) == "<\n  1\n2\n3\n>")
        #expect(try renderTemplate("<\n  {{> p}}\n>", data, partials: ["p": "a\n{{{text}}}\nb\n"]) == "<\n  a\n  <\n->\n  b\n>")
        // `\r\n` is no `\n` to it: the line after it is not indented.
        #expect(try renderTemplate("<\r\n  {{> p}}\r\n>", data, partials: ["p": "1\r\n2\r\n"]) == "<\r\n  1\r\n2\r\n>")
        // Nested standalone partials add their indentation up.
        #expect(try renderTemplate(" {{> p}}\n", data, partials: ["p": "a\n {{> q}}\n", "q": "b\nc\n"]) == " a\n  b\n  c\n")
    }

    @Test func aPartialThatIncludesItselfWithoutEndStopsAtTheDepthLimit() throws {
        let output = try renderTemplate("{{> loop}}", partials: ["loop": "x{{> loop}}"])
        #expect(output == String(repeating: "x", count: TemplateRenderer.maximumPartialDepth))
    }

    @Test func partialsNestAsDeepAsTheirData() throws {
        let data: TestContext = ["label": "a", "points": [["label": "b", "points": [["label": "c", "points": []]]]]]
        let point = "<li>{{label}}{{#points}}<ol>{{> point}}</ol>{{/points}}</li>"
        #expect(try renderTemplate("{{> point}}", data, partials: ["point": point]) == "<li>a<ol><li>b<ol><li>c</li></ol></li></ol></li>")
    }
}

/// A context with a stored field, as Swift prints it.
struct PrintedPoint: TemplateContext {
    static let fields: [String] = []
    var x: Int

    func value(named name: String) -> TemplateValue? {
        nil
    }
}
