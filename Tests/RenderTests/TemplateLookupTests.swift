import Testing
@testable import Render

/// Names as tags write them: where the lookup starts, the fields it follows, its transforms.
@Suite struct TemplateLookupTests {
    @Test func aDotIsTheCurrentContext() {
        let lookup = TemplateLookup(name: ".", transforms: [])
        #expect(lookup.start == .current && lookup.path.isEmpty)
    }

    @Test func aNameIsLookedUpOutwardThenItsDottedPartsInside() {
        let lookup = TemplateLookup(name: "a.b.c", transforms: [])
        #expect(lookup.start == .stack && lookup.path == ["a", "b", "c"])
    }

    @Test func aNameStartingWithADotIsLookedUpInTheCurrentContextOnly() {
        let lookup = TemplateLookup(name: ".a", transforms: [])
        #expect(lookup.start == .current && lookup.path == ["a"])
    }

    @Test func anEmptyNameWithATransformIsThePositionInTheList() {
        let lookup = TemplateLookup(name: "", transforms: ["last"])
        #expect(lookup.start == .sequence && lookup.transforms == [.last])
    }

    @Test func anEmptyNameWithoutTransformIsTheCurrentContext() {
        #expect(TemplateLookup(name: "", transforms: []).start == .current)
    }

    @Test func transformsAreKeptInTheOrderWrittenAndUnknownOnesRemembered() {
        #expect(TemplateLookup(name: "x", transforms: ["uppercased", "nosuch"]).transforms == [.uppercased, .unknown])
    }
}
