import Addressing
import Testing
@testable import Citations

/// What a reference names, as an anchor and as a lawyer writes it.
@Suite struct ReferenceTargetTests {
    @Test(arguments: [
        (ReferenceTarget(kind: .article, number: "24"), "art_24", "art. 24"),
        (ReferenceTarget(kind: .article, number: "4 bis"), "art_4bis", "art. 4 bis"),
        (ReferenceTarget(kind: .article, number: "24", paragraph: "2"), "art_24__para_2", "art. 24(2)"),
        (ReferenceTarget(kind: .article, number: "24", paragraph: "2", points: ["b", "ii"]), "art_24__para_2__point_b__point_ii", "art. 24(2)(b)(ii)"),
        (ReferenceTarget(kind: .article, number: "5", points: ["a"]), "art_5__point_a", "art. 5(a)"),
        (ReferenceTarget(kind: .chapter, number: "iv"), "chp_IV", "ch. IV"),
        (ReferenceTarget(kind: .recital, number: "9"), "preamble__rec_9", "preamble, para. 9"),
    ])
    func theAnchorAndLabelOfATarget(_ target: ReferenceTarget, _ anchor: String, _ label: String) {
        #expect(target.anchor?.id == anchor)
        #expect(target.label == label)
    }

    @Test func aRecitalNumberNoAnchorCanHoldHasNoAnchorAndIsLabelledAsWritten() {
        let target = ReferenceTarget(kind: .recital, number: "99999999999999999999999")
        #expect(target.anchor == nil)
        #expect(target.label == "99999999999999999999999")
    }

    @Test func theParentDropsThePointsThenTheParagraph() {
        let target = ReferenceTarget(kind: .article, number: "24", paragraph: "2", points: ["b", "ii"])
        var chain: [String] = []
        var current: ReferenceTarget? = target
        while let step = current {
            chain.append(step.anchor?.id ?? "?")
            current = step.parent
        }
        #expect(chain == ["art_24__para_2__point_b__point_ii", "art_24__para_2__point_b", "art_24__para_2", "art_24"])
        #expect(ReferenceTarget(kind: .chapter, number: "IV").parent == nil)
    }
}
