/// Everything read from `content/`, validated, with cross-references checked.
///
/// Collections are sorted (by id, or by date then id) so every later stage is deterministic.
public struct Corpus: Sendable {
    public var site: SiteConfig
    public var stakeholders: [Stakeholder]
    /// Sorted by date, then id: the last one is the latest draft.
    public var drafts: [DraftSource]
    /// Sorted by date, then id.
    public var positions: [PositionSource]
    /// Sorted by start date, then id.
    public var sessions: [Session]
    public var pages: [PageSource]
    /// `content/redirects.yml`, sorted by the moved address.
    public var redirects: [Redirect]
    /// `content/concordance.yml`: the editor's pairings of articles across drafts.
    public var concordance: [ConcordanceOverride]
    /// The lines of `content/anchors.lock`: every `path#anchor` ever published.
    public var anchorLock: [LockedAddress]
    /// The drafts, positions and pages not published (``Publication``), sorted by path.
    public var heldBack: [HeldBackDocument] = []

    public init(
        site: SiteConfig, stakeholders: [Stakeholder], drafts: [DraftSource], positions: [PositionSource],
        sessions: [Session], pages: [PageSource], redirects: [Redirect] = [], concordance: [ConcordanceOverride] = [],
        anchorLock: [LockedAddress] = []
    ) {
        self.site = site
        self.stakeholders = stakeholders.sorted { $0.id < $1.id }
        self.drafts = drafts.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        self.positions = positions.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        self.sessions = sessions.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        self.pages = pages.sorted { $0.id < $1.id }
        self.redirects = redirects.sorted { $0.from < $1.from }
        self.concordance = concordance
        self.anchorLock = anchorLock
    }
}
