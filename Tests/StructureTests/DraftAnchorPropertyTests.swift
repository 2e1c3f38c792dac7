import Diagnostics
import Markdown
import PropertyBased
import Testing
@testable import Structure

/// Properties of the anchors of any draft: they are unique, and rewording text never moves them.
@Suite struct DraftAnchorPropertyTests {
    /// A small deterministic generator, seeded by the property test's input.
    struct Dice {
        var state: UInt64
        mutating func roll(_ range: ClosedRange<Int>) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return range.lowerBound + Int((state >> 33) % UInt64(range.count))
        }
    }

    static let words = ["State", "Party", "shall", "adopt", "measures", "data", "lawful", "access", "(a)", "Article", "24", "paragraph", "ensure", "rights"]

    /// A random draft: chapters, articles (some `bis`), numbered paragraphs with points and
    /// sub-points, unnumbered articles with points; `wording` changes every sentence, not the structure.
    static func draft(structure seed: Int, wording: Int) -> String {
        var shape = Dice(state: UInt64(truncatingIfNeeded: seed) | 1)
        var text = Dice(state: UInt64(truncatingIfNeeded: wording) &* 31 | 1)
        func sentence() -> String {
            (0..<text.roll(3...12)).map { _ in words[text.roll(0...words.count - 1)] }.filter { $0 != "(a)" }.joined(separator: " ")
        }
        var markdown = "# Preamble\n"
        for _ in 0..<shape.roll(0...3) { markdown += "\(sentence()),\n\n" }
        var article = 0
        for chapter in ["I", "II", "III", "IV"].prefix(shape.roll(1...4)) {
            markdown += "# Chapter \(chapter). \(sentence())\n"
            for _ in 0..<shape.roll(1...4) {
                article += 1
                let bis = shape.roll(0...5) == 0 ? " bis" : ""
                markdown += "## Article \(article)\(bis). \(sentence())\n"
                if shape.roll(0...3) == 0 {
                    markdown += "\(sentence()):\n"
                    for label in ["a", "b", "c", "d"].prefix(shape.roll(1...4)) { markdown += "(\(label)) \(sentence());\n" }
                    markdown += "\n"
                    continue
                }
                for paragraph in 1...shape.roll(1...4) {
                    markdown += "\(paragraph). \(sentence()):\n"
                    for label in ["a", "b", "c"].prefix(shape.roll(0...3)) {
                        markdown += "   (\(label)) \(sentence());\n"
                        for roman in ["i", "ii", "iii"].prefix(shape.roll(0...2) == 2 ? 2 : 0) {
                            markdown += "   (\(roman)) \(sentence());\n"
                        }
                    }
                }
                markdown += "\n"
            }
        }
        return markdown
    }

    static func anchors(_ markdown: String) -> (anchors: [String], diagnostics: [Diagnostic]) {
        var log = DiagnosticLog()
        let text = DraftParser(path: "d.md").parse(MarkdownParser().parse(markdown), log: &log)
        return (text.anchors, log.sorted)
    }

    @Test func anchorsAreUnique() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000)) { seed in
            let (anchors, diagnostics) = Self.anchors(Self.draft(structure: seed, wording: seed))
            #expect(Set(anchors).count == anchors.count)
            #expect(diagnostics.isEmpty, "\(diagnostics)")
            #expect(anchors.contains { $0.hasPrefix("art_1") })
        }
    }

    @Test func rewordingTheTextNeverMovesAnAnchor() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...1_000_000)) { seed, wording in
            let original = Self.anchors(Self.draft(structure: seed, wording: seed)).anchors
            let reworded = Self.anchors(Self.draft(structure: seed, wording: wording)).anchors
            #expect(original == reworded)
        }
    }
}
