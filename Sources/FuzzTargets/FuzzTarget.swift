/// One libFuzzer target: a parser of Travaux run on arbitrary bytes.
///
/// Every target runs the real code of the build on its input and must return normally
/// whatever the bytes are; content problems become diagnostics, which the targets discard.
/// A trap (a crash, a failed precondition, a failed ``FuzzCheck``) is a bug. Targets may be
/// called from several threads at once (the regression tests do).
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A content file: front matter split and YAML fields read as for a position, a draft
    /// and a stakeholder.
    case frontMatter = "front-matter"
    /// The site's YAML files (`site.yml`, `sessions.yml`, `concordance.yml`,
    /// `redirects.yml`) through the content loader, then the redirects through the
    /// permalink check.
    case yaml
    /// A position's body: references scanned and linked against a fixed draft.
    case references
    /// A draft's body: structured into articles, paragraphs and points.
    case draft
    /// Markdown: parsed by the cmark-gfm wrapper and rendered to HTML.
    case markdown

    /// Runs the target on `input`.
    public func run(_ input: UnsafeRawBufferPointer) {
        run(Array(input))
    }

    /// Runs the target on `input`.
    public func run(_ input: [UInt8]) {
        switch self {
        case .frontMatter: FrontMatterTarget.run(input)
        case .yaml: YAMLTarget.run(input)
        case .references: ReferencesTarget.run(input)
        case .draft: DraftTarget.run(input)
        case .markdown: MarkdownTarget.run(input)
        }
    }

    /// Does the one-time set-up of the target (temporary folders, the fixed draft) so that
    /// the first input is not slower than the others.
    public func prepare() {
        switch self {
        case .frontMatter: _ = FrontMatterTarget.loader
        case .yaml: YAMLTarget.prepare()
        case .references: _ = ReferencesTarget.fixture
        case .draft, .markdown: break
        }
    }
}
