import Addressing
import Diagnostics
import Markdown
import PropertyBased
import Testing
@testable import Structure

/// Properties of the anchors of any draft: they are unique, and rewording text never moves
/// them. Drafts are generated from a shape (chapters, articles, some `bis`, numbered
/// paragraphs with points and sub-points, unnumbered articles with points) and a wording,
/// both by PropertyBased's generators, so a failure shrinks to the smallest draft.
@Suite struct DraftAnchorPropertyTests {
    /// A numbered paragraph: how many letter points, and whether each has two roman sub-points.
    struct Paragraph: Sendable, CustomStringConvertible {
        var letters: Int
        var romans: Bool
        var description: String { "\(letters)\(romans ? "+ii" : "")" }
    }

    /// An article: `bis` or not, and either unnumbered points or numbered paragraphs.
    struct ArticleShape: Sendable, CustomStringConvertible {
        var bis: Bool
        var unnumberedPoints: Int
        var paragraphs: [Paragraph]
        var description: String { "\(bis ? "bis " : "")" + (unnumberedPoints > 0 ? "points \(unnumberedPoints)" : "\(paragraphs)") }
    }

    /// A draft: its recitals and its chapters of articles.
    struct Shape: Sendable, CustomStringConvertible {
        var recitals: Int
        var chapters: [[ArticleShape]]
        var description: String { "recitals \(recitals), chapters \(chapters)" }
    }

    static let paragraph = zip(Gen.int(in: 0...3), Gen.bool(0.3)).map { Paragraph(letters: $0, romans: $1) }
    static let article = zip(Gen.bool(0.2), Gen.int(in: 0...4).map { $0 == 4 ? 3 : 0 }, paragraph.array(of: 1...4))
        .map { ArticleShape(bis: $0, unnumberedPoints: $1, paragraphs: $2) }
    static let shape = zip(Gen.int(in: 0...3), article.array(of: 1...4).array(of: 1...4)).map { Shape(recitals: $0, chapters: $1) }
    static let words = ["State", "Party", "shall", "adopt", "measures", "data", "lawful", "access", "Article", "24", "paragraph", "ensure", "rights"]
    /// The wording: sentences used in turn wherever the shape needs one.
    static let wording = Gen.element(of: words).array(of: 1...12).array(of: 1...40)

    /// The Markdown of a draft of `shape`, worded with `sentences`.
    static func draft(_ shape: Shape, wording sentences: [[String?]]) -> String {
        var next = 0
        func sentence() -> String {
            defer { next += 1 }
            return sentences[next % sentences.count].compactMap { $0 }.joined(separator: " ")
        }
        var markdown = "# Preamble\n"
        for _ in 0..<shape.recitals { markdown += "\(sentence()),\n\n" }
        var number = 0
        for (chapter, articles) in zip(["I", "II", "III", "IV"], shape.chapters) {
            markdown += "# Chapter \(chapter). \(sentence())\n"
            for article in articles {
                number += 1
                markdown += "## Article \(number)\(article.bis ? " bis" : ""). \(sentence())\n"
                if article.unnumberedPoints > 0 {
                    markdown += "\(sentence()):\n"
                    for label in ["a", "b", "c"].prefix(article.unnumberedPoints) { markdown += "(\(label)) \(sentence());\n" }
                    markdown += "\n"
                    continue
                }
                for (index, paragraph) in article.paragraphs.enumerated() {
                    markdown += "\(index + 1). \(sentence()):\n"
                    for label in ["a", "b", "c"].prefix(paragraph.letters) {
                        markdown += "   (\(label)) \(sentence());\n"
                        if paragraph.romans {
                            for roman in ["i", "ii"] { markdown += "   (\(roman)) \(sentence());\n" }
                        }
                    }
                }
                markdown += "\n"
            }
        }
        return markdown
    }

    static func anchors(_ markdown: String) -> (anchors: [Anchor], diagnostics: [Diagnostic]) {
        var log = DiagnosticLog()
        let text = DraftParser(path: "d.md").parse(MarkdownParser().parse(markdown), log: &log)
        return (text.anchors, log.sorted)
    }

    @Test func anchorsAreUniqueAndEveryArticleHasOne() async {
        await propertyCheck(count: 200, input: Self.shape, Self.wording) { shape, wording in
            let (anchors, diagnostics) = Self.anchors(Self.draft(shape, wording: wording))
            #expect(Set(anchors).count == anchors.count)
            #expect(diagnostics.isEmpty, "\(diagnostics)")
            #expect(anchors.filter { if case .provision = $0.kind { $0.article == $0 } else { false } }.count == shape.chapters.joined().count)
        }
    }

    @Test func rewordingTheTextNeverMovesAnAnchor() async {
        await propertyCheck(count: 200, input: Self.shape, Self.wording, Self.wording) { shape, first, second in
            #expect(Self.anchors(Self.draft(shape, wording: first)).anchors == Self.anchors(Self.draft(shape, wording: second)).anchors)
        }
    }
}
