import Testing
@testable import Render

/// Values as templates see them: written as text, and the fields of contexts.
@Suite struct TemplateValueTests {
    @Test func eachKindIsWrittenAsSwiftPrintsIt() {
        #expect(TemplateValue.absent.text == nil)
        #expect(TemplateValue.bool(true).text == "true")
        #expect(TemplateValue.int(-4).text == "-4")
        #expect(TemplateValue.string("é").text == "é")
        #expect(TemplateValue.utf8(Array("<p>".utf8)).text == "<p>")
        #expect(TemplateValue.list(["a", "b"]).text == "[\"a\", \"b\"]")
        #expect(TemplateValue.context(PrintedPoint(x: 1)).text == "PrintedPoint(x: 1)")
        #expect(TemplateValue.list([PrintedPoint(x: 1)]).text == "[RenderTests.PrintedPoint(x: 1)]")
    }

    @Test func onlyContextsAndTheItemsOfTheirListsHaveFields() {
        let context: TestContext = ["a": "A", "b": nil]
        #expect(TemplateValue.context(context).field(named: "a")?.text == "A")
        #expect(TemplateValue.context(context).field(named: "b")?.isAbsent == true)
        #expect(TemplateValue.context(context).field(named: "c") == nil)
        guard case .contexts(let list) = TemplateValue.list([context]) else {
            Issue.record("a list of contexts")
            return
        }
        #expect(TemplateValue.item(list, 0).field(named: "a")?.text == "A")
        for value in [TemplateValue.string("a"), .int(1), .bool(true), .absent, .list(["a"]), .utf8([0x61])] {
            #expect(value.field(named: "a") == nil)
        }
    }

    @Test func anOptionalIsItsValueOrAbsent() {
        let some: String? = "x"
        let none: String? = nil
        let context: TestContext? = ["a": 1]
        #expect(some.templateValue.text == "x")
        #expect(none.templateValue.isAbsent)
        #expect(context.templateValue.field(named: "a")?.text == "1")
    }
}
