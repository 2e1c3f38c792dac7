import Addressing
import Citations
import Diagnostics
import Markdown
import Structure

/// The `references` target: the input is the body of a position citing the fixed draft
/// (``FixtureDraft``).
///
/// The reference scanner runs on the raw bytes; then the body is parsed, anchored and linked
/// by the ``CitationLinker``, as the link stage does for each position. Checks that every
/// match lies inside the text and after the one before, that linking leaves the text of
/// every block as it was, that no two passages share an anchor, and that every citation
/// names a passage and anchors that exist and marks a reference inside its quoted sentence.
enum ReferencesTarget {
    /// The fixed draft's anchors and the scanner, made once.
    struct Fixture: Sendable {
        var scanner: ReferenceScanner
        var draft: DraftAnchors
    }

    /// The fixed draft, parsed once.
    static let fixture: Fixture = {
        let document = MarkdownParser().parse(FixtureDraft.body, firstLine: FixtureDraft.firstLine)
        var log = DiagnosticLog()
        let text = DraftParser(path: FixtureDraft.path).parse(document, log: &log)
        let draft = DraftAnchors(draftID: FixtureDraft.id, title: FixtureDraft.title, path: FixtureDraft.path, text: text)
        let scanner = ReferenceScanner(externalInstruments: FixtureDraft.externalInstruments, instrument: FixtureDraft.instrument)
        return Fixture(scanner: scanner, draft: draft)
    }()

    /// Runs the target on one input: the body of a position citing the fixed draft.
    static func run(_ input: [UInt8]) {
        let fixture = fixture
        checkMatches(fixture.scanner.scan(bytes: input), count: input.count)

        let body = ContentBytes.body(input)
        let document = AnchoredDocument(MarkdownParser().parse(body, firstLine: 9))
        let linker = CitationLinker(
            scanner: fixture.scanner, draft: fixture.draft, drafts: [FixtureDraft.id: fixture.draft],
            documentID: "x", path: "content/positions/x.md"
        )
        var log = DiagnosticLog()
        let (linked, citations) = linker.link(document, log: &log)
        FuzzCheck.expect(linked.document.blocks.count == document.document.blocks.count, "linking changed the number of blocks")
        for (before, after) in zip(document.document.blocks, linked.document.blocks) {
            FuzzCheck.expect(
                Self.visibleText(before) == Self.visibleText(after),
                "linking changed the text of the block on line \(before.line): \(before.plainText.debugDescription) became \(after.plainText.debugDescription)"
            )
        }
        let anchors = Set(linked.anchors)
        FuzzCheck.expect(anchors.count == linked.anchors.count, "two passages share an anchor: \(linked.anchors)")
        for citation in citations {
            let sentence = Array(citation.sentence.utf8)
            FuzzCheck.expect(
                0 <= citation.markStart && citation.markStart <= citation.markEnd && citation.markEnd <= sentence.count,
                "the reference marked at \(citation.markStart)..<\(citation.markEnd) lies outside its sentence \(citation.sentence.debugDescription) (line \(citation.line))"
            )
            FuzzCheck.expect(anchors.contains(citation.passageAnchor), "a citation from \(citation.passageAnchor), which the document does not have")
            FuzzCheck.expect(citation.anchors.allSatisfy(fixture.draft.anchors.contains), "a citation of \(citation.anchors), which the draft does not all have")
        }
    }

    /// Matches are in order, do not overlap, and their links lie inside them.
    private static func checkMatches(_ matches: [ReferenceMatch], count: Int) {
        var previousEnd = 0
        for match in matches {
            FuzzCheck.expect(previousEnd <= match.start && match.start < match.end && match.end <= count, "match \(match.start)..<\(match.end) after \(previousEnd) in \(count) bytes")
            for link in match.links {
                FuzzCheck.expect(match.start <= link.start && link.start < link.end && link.end <= match.end, "link \(link.start)..<\(link.end) outside its match \(match.start)..<\(match.end)")
            }
            previousEnd = match.end
        }
    }

    /// The text a reader sees, with line breaks as spaces (linking joins soft breaks into the text).
    private static func visibleText(_ block: Block) -> String {
        block.plainText.replacingOccurrences(of: "\n", with: " ")
    }
}
