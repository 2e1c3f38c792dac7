import Addressing
import Citations
import Diagnostics
import Markdown
import Structure

/// The `draft` target: the input is the body of a draft, parsed by ``MarkdownParser`` and
/// structured by ``DraftParser`` as the structure stage does, then indexed as the link stage
/// indexes a draft (``DraftAnchors``).
///
/// Checks that a draft the parser reports no error for has no anchor twice (two elements
/// with one `id` would make one of them uncitable).
enum DraftTarget {
    /// Runs the target on one input: the body of a draft.
    static func run(_ input: [UInt8]) {
        let body = ContentBytes.body(input)
        let document = MarkdownParser().parse(body, firstLine: 8)
        var log = DiagnosticLog()
        let path = "content/drafts/x.md"
        let text = DraftParser(path: path).parse(document, log: &log)
        let anchors = text.anchors
        let draft = DraftAnchors(draftID: "x", title: "X", path: path, text: text)
        if !log.hasErrors() {
            var seen: Set<Anchor> = []
            for anchor in anchors {
                FuzzCheck.expect(seen.insert(anchor).inserted, "anchor \(anchor) appears twice in a draft without errors")
            }
        }
        for anchor in draft.articleOrder {
            FuzzCheck.expect(draft.anchors.contains(anchor), "article anchor \(anchor) missing from the draft's anchors")
        }
    }
}
