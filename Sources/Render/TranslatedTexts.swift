import Markdown
import Structure

/// The parsed text of every translation, by document id then language: what a page in
/// another language shows (docs/languages.md). Drafts are structured like their originals,
/// so their anchors are the same.
public struct TranslatedTexts: Sendable {
    public var drafts: [String: [String: DraftText]] = [:]
    public var positions: [String: [String: AnchoredDocument]] = [:]
    public var pages: [String: [String: AnchoredDocument]] = [:]
    public var stakeholders: [String: [String: MarkdownDocument]] = [:]

    public init() {}
}
