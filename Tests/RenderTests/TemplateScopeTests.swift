import Testing
@testable import Render

/// A value in a template's scope answers what the value answers: its fields, and itself.
@Suite struct TemplateScopeTests {
    @Test func aContextInScopeAnswersItsFieldsAsTheValueDoes() {
        let context: TestContext = ["a": "A", "b": nil]
        let scope = TemplateScope(.context(context))
        #expect(scope.field(named: "a")?.text == "A")
        #expect(scope.field(named: "b")?.isAbsent == true)
        #expect(scope.field(named: "c") == nil)
        #expect(scope.value.field(named: "a")?.text == "A")
    }

    @Test func anItemOfAListInScopeIsReadInItsList() {
        let items: [TestContext] = [["n": "1"], ["n": "2"]]
        guard case .contexts(let list) = TemplateValue.list(items) else {
            Issue.record("a list of contexts")
            return
        }
        let scope = TemplateScope(.item(list, 1))
        #expect(scope.field(named: "n")?.text == "2")
        #expect(scope.value.field(named: "n")?.text == "2")
    }

    @Test func textNumbersAndListsInScopeHaveNoFieldsAndAreThemselves() {
        for value in [TemplateValue.string("é"), .int(3), .bool(true), .absent, .list(["a"])] {
            let scope = TemplateScope(value)
            #expect(scope.field(named: "a") == nil)
            #expect(scope.value.text == value.text)
        }
    }
}
