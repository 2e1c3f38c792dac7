import Testing
@testable import Render

/// swift-mustache's transforms, `{{name(value)}}`: on text, numbers, lists and the position
/// in a list; anything else gives nothing.
@Suite struct TemplateTransformTests {
    @Test(arguments: [
        ("{{uppercased(s)}}|{{lowercased(s)}}|{{capitalized(s)}}|{{reversed(s)}}|{{#empty(s)}}e{{/empty(s)}}", "ÉCOLE DU NORD|école du nord|École Du Nord|droN ud elocé|"),
        ("{{plusone(n)}}|{{minusone(n)}}|{{#equalzero(z)}}zero{{/equalzero(z)}}|{{#even(n)}}even{{/even(n)}}{{#odd(n)}}odd{{/odd(n)}}", "8|6|zero|odd"),
        ("{{count(strs)}}|{{first(strs)}}|{{last(strs)}}|{{#reversed(strs)}}{{.}}{{/reversed(strs)}}|{{#sorted(strs)}}{{.}}{{/sorted(strs)}}|{{^empty(strs)}}full{{/empty(strs)}}", "3|b|c|cab|abc|full"),
        ("{{count(items)}}|{{#first(items)}}{{k}}{{/first(items)}}|{{#last(items)}}{{k}}{{/last(items)}}|{{#reversed(items)}}{{k}}{{/reversed(items)}}|[{{sorted(items)}}]", "2|1|2|21|[]"),
        ("[{{first(none)}}][{{count(none)}}][{{#empty(none)}}e{{/empty(none)}}]", "[][0][e]"),
        ("[{{uppercased(n)}}][{{count(s)}}][{{plusone(t)}}][{{count(ctx)}}][{{nosuch(s)}}][{{uppercased(absent)}}]", "[][][][][][]"),
        ("{{plusone(plusone(n))}}|{{count(reversed(strs))}}|{{uppercased(first(strs))}}", "9|3|B"),
    ])
    func eachTransformGivesWhatSwiftMustachesGave(_ template: String, _ expected: String) throws {
        let data: TestContext = [
            "s": "école du Nord", "n": 7, "z": 0, "t": true, "strs": ["b", "a", "c"], "none": [], "items": [["k": 1], ["k": 2]],
            "ctx": ["k": 1], "absent": nil,
        ]
        #expect(try renderTemplate(template, data) == expected)
    }

    @Test func thePositionInAListAnswersFirstLastIndexEvenAndOdd() {
        let position = SequencePosition(index: 3, isLast: true)
        #expect(TemplateTransform.first.apply(to: position).isTrue == false)
        #expect(TemplateTransform.last.apply(to: position).isTrue == true)
        #expect(TemplateTransform.even.apply(to: position).isTrue == false)
        #expect(TemplateTransform.odd.apply(to: position).isTrue == true)
        guard case .int(3) = TemplateTransform.index.apply(to: position) else {
            Issue.record("index() is not 3")
            return
        }
        #expect(TemplateTransform.count.apply(to: position).isAbsent)
    }
}

extension TemplateValue {
    /// Whether this is `true`, for the tests.
    var isTrue: Bool {
        if case .bool(true) = self { return true }
        return false
    }
}
