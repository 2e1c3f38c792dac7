import Addressing
import Diagnostics
import Markdown

/// The structure stage for drafts: turns a draft's Markdown into a ``DraftText``, reporting
/// duplicate articles, paragraphs and points (their anchors would collide) and headings it
/// cannot place.
///
/// Two phases: the outline (``DraftOutline``) reads the headings and the preamble and puts
/// every other block where it stands; then each article's blocks become its numbered
/// paragraphs and points (``ArticleContent``).
public struct DraftParser {
    /// The draft file, for diagnostics.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Parses the blocks of a draft.
    public func parse(_ document: MarkdownDocument, log: inout DiagnosticLog) -> DraftText {
        var outline = DraftOutline(path: path, footnotes: document.footnotes)
        for block in document.blocks {
            outline.add(block, log: &log)
        }
        var text = outline.text
        for part in text.parts.indices {
            for index in text.parts[part].articles.indices {
                let blocks = outline.blocks[part][index]
                text.parts[part].articles[index].content = ArticleContent(path: path).content(of: text.parts[part].articles[index], blocks: blocks, log: &log)
            }
        }
        return text
    }
}
