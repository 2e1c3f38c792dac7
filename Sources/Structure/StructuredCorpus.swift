import Corpus
import Markdown

/// The corpus after the structure stage: every body parsed, every anchor set.
public struct StructuredCorpus: Sendable {
    /// A draft with its parsed text.
    public struct Draft: Sendable {
        public var source: DraftSource
        public var text: DraftText
    }

    /// A position with its anchored body.
    public struct Position: Sendable {
        public var source: PositionSource
        public var document: AnchoredDocument
    }

    /// A free page with its anchored body.
    public struct Page: Sendable {
        public var source: PageSource
        public var document: AnchoredDocument
    }

    /// A stakeholder with its parsed description.
    public struct StakeholderProfile: Sendable {
        public var source: Stakeholder
        public var description: MarkdownDocument
    }

    public var site: SiteConfig
    public var sessions: [Session]
    /// Sorted by date then id, as in ``Corpus``.
    public var drafts: [Draft]
    public var positions: [Position]
    public var pages: [Page]
    public var stakeholders: [StakeholderProfile]
    /// The documents not published (``Corpus/heldBack``): links to them stay plain text.
    public var heldBack: [HeldBackDocument] = []
}
