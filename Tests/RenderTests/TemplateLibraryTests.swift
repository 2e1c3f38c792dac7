import Testing
@testable import Render

/// A theme's templates compiled together: each partial tag linked once to the template it
/// names, whichever file provided it.
@Suite struct TemplateLibraryTests {
    @Test func aPartialRendersTheTemplateOfItsNameInTheContextInScope() throws {
        let library = try templateLibrary("<ul>{{#items}}{{> item}}{{/items}}</ul>", partials: ["item": "<li>{{name}}</li>"])
        #expect(library.render("main", ["items": [["name": "a"], ["name": "b"]]]) == "<ul><li>a</li><li>b</li></ul>")
    }

    @Test func aPartialTheLibraryDoesNotHoldRendersNothing() throws {
        let library = try templateLibrary("[{{> nowhere}}]\n  {{> nowhere}}\nend")
        // Alone on its line, it still leaves the line's indentation, as swift-mustache did.
        #expect(library.render("main", [:]) == "[]\n  end")
    }

    @Test func aTemplateTheLibraryDoesNotHoldRendersNothing() throws {
        let library = try templateLibrary("x")
        #expect(!library.contains("nowhere") && library.contains("main"))
        #expect(library.render("nowhere", TestContext([:])) == "")
        var out: [UInt8] = Array("kept".utf8)
        library.render("nowhere", TestContext([:]), into: &out)
        #expect(out == Array("kept".utf8))
    }

    @Test func renderingAppendsToWhatTheBufferHolds() throws {
        let library = try templateLibrary("<p>{{a}}</p>")
        var out: [UInt8] = Array("<!-- -->".utf8)
        library.render("main", ["a": "&"], into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "<!-- --><p>&amp;</p>")
    }

    @Test func partialsAreLinkedToTheTemplateTheLibraryHoldsUnderTheirName() throws {
        // The same partial tag, in two libraries: each renders its own `cell`.
        let mine = try templateLibrary("{{> cell}}", partials: ["cell": "default"])
        let theirs = try templateLibrary("{{> cell}}", partials: ["cell": "the site's"])
        #expect(mine.render("main", [:]) == "default" && theirs.render("main", [:]) == "the site's")
    }

    @Test func templatesMayIncludeEachOtherInTurn() throws {
        let library = try templateLibrary(
            "{{> nodes}}",
            partials: ["nodes": "{{#nodes}}({{> point}}){{/nodes}}", "point": "{{label}}{{#children}}[{{> nodes}}]{{/children}}"]
        )
        let data: TestContext = ["nodes": [["label": "a", "children": [["nodes": [["label": "b", "children": []]]]]]]]
        #expect(library.render("main", data) == "(a[(b)])")
    }
}
