import Testing
@testable import Markdown

@Suite struct InlineTests {
    @Test func plainTextIsWhatAReaderSees() {
        let inlines: [Inline] = [
            .text("See "), .emphasis([.strong([.text("Article")])]), .softBreak, .code("24"), .html("<br>"),
            .link(destination: "x", title: "t", [.text(" (link)")]), .image(source: "i.png", title: "", alt: [.text(" alt")]),
            .footnoteReference("1"), .generatedLink(destination: "d", cssClass: "ref", title: "", [.text(".")]),
        ]
        #expect(Inline.plainText(inlines) == "See Article 24 (link) alt.")
    }

    @Test func aBlockJoinsItsChildrenWithSpaces() {
        let item = ListItem(blocks: [Block(.paragraph([.text("a")]), line: 1), Block(.paragraph([.text("b")]), line: 2)], writtenNumber: nil, checked: nil, line: 1)
        let list = Block(.list(List(ordered: false, start: 1, tight: true, items: [item, item])), line: 1)
        #expect(list.plainText == "a b a b")
        let table = Block(.table(Table(alignments: [.none], header: [[.text("h")]], rows: [[[.text("c")]]])), line: 1)
        #expect(table.plainText == "h c")
        #expect(Block(.htmlBlock("<div>x</div>"), line: 1).plainText == "")
    }
}
