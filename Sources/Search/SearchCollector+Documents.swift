import Addressing
import Corpus
import Markdown
import Structure

extension SearchCollector {
    /// A position: the document (title, symbol, stance notes), its headings and passages.
    func position(_ position: StructuredCorpus.Position) -> SearchSource {
        let source = position.source
        let names = source.stakeholders.map { stakeholderNames[$0] ?? $0 }
        let context = "\(names.joined(separator: ", ")) · \(source.title) · \(source.date.display)"
        var result = SearchSource(
            kind: .position, stakeholders: source.stakeholders.compactMap { stakeholderIndex[$0] }.sorted(),
            draft: source.draft.flatMap { draftIndex[$0] }, session: source.session.flatMap { sessionIndex[$0] },
            date: source.date.firstDayISO
        )
        var about = TextRuns()
        about.append(([source.kind.label] + (source.symbol.map { [$0] } ?? [])).joined(separator: " · ") + ".")
        for stance in source.stances {
            about.separate()
            about.append(Self.sentence(stance))
        }
        let route = Route.position(source.id)
        result.documents.append(SearchDocument(url: route.path, title: source.title, indexedTitle: source.title, context: context, body: about.runs))
        result.documents += anchored(
            position.document, route: route, title: source.title, context: context, citations: citationTerms(ofDocument: source.id),
            sectionPrefix: names.joined(separator: ", ")
        )
        return result
    }

    /// A declared stance as a sentence: "Proposes deleting Article 17: covered by other
    /// conventions."
    static func sentence(_ stance: PositionSource.Stance) -> String {
        let verb = switch stance.stance {
        case .support: "Supports"
        case .oppose: "Opposes"
        case .amend: "Proposes amending"
        case .delete: "Proposes deleting"
        case .add: "Proposes adding"
        case .concern: "Raises concerns about"
        case .neutral: "Is neutral on"
        }
        guard let note = stance.note?.split(whereSeparator: \.isWhitespace).joined(separator: " "), !note.isEmpty else {
            return "\(verb) Article \(stance.article)."
        }
        let ends = note.last.map { ".!?".contains($0) } ?? false
        return "\(verb) Article \(stance.article): \(note)" + (ends ? "" : ".")
    }

    /// A stakeholder: name, short name, kind and description.
    func stakeholder(_ profile: StructuredCorpus.StakeholderProfile) -> SearchSource {
        let source = profile.source
        var runs = TextRuns()
        if let short = source.short { runs.append(short) }
        runs.separate()
        runs.append(source.kind.label)
        profile.description.blocks.forEach { runs.append($0) }
        return SearchSource(
            kind: .stakeholder, stakeholders: stakeholderIndex[source.id].map { [$0] } ?? [],
            documents: [SearchDocument(url: Route.stakeholder(source.id).path, title: source.name, indexedTitle: source.name, context: source.kind.label, body: runs.runs)]
        )
    }

    /// A free page: the page (title, description), its headings and passages.
    func page(_ page: StructuredCorpus.Page) -> SearchSource {
        let source = page.source
        var about = TextRuns()
        if let description = source.description { about.append(description) }
        let route = Route.page(source.id)
        var result = SearchSource(kind: .page)
        result.documents.append(SearchDocument(url: route.path, title: source.title, indexedTitle: source.title, context: "Page", body: about.runs))
        result.documents += anchored(page.document, route: route, title: source.title, context: source.title, citations: [:], sectionPrefix: source.title)
        return result
    }

    /// A session: title, dates, place and description.
    func session(_ session: Session) -> SearchSource {
        var runs = TextRuns()
        runs.append(session.displayDates)
        if let place = session.place {
            runs.separate()
            runs.append(place)
        }
        if let description = session.description {
            runs.separate()
            runs.append(description)
        }
        return SearchSource(
            kind: .page, session: sessionIndex[session.id], date: session.start.firstDayISO,
            documents: [SearchDocument(url: Route.session(session.id).path, title: session.title, indexedTitle: session.title, context: "Session · \(session.displayDates)", body: runs.runs)]
        )
    }

    /// The headings and `p_N` passages of a position or page. A passage under a heading is
    /// titled by whose it is and the heading ("GI-TOC: Scope"), so that it never reads as the
    /// article of that name; one before any heading by the document's title.
    private func anchored(
        _ document: AnchoredDocument, route: Route, title: String, context: String, citations: [Anchor: [Int32]],
        sectionPrefix: String
    ) -> [SearchDocument] {
        var result: [SearchDocument] = []
        var section: String?
        func passage(_ block: Block, anchor: Anchor) {
            var runs = TextRuns()
            runs.append(block)
            let number: String
            if case .passage = anchor.kind { number = " · " + anchor.label } else { number = "" }
            result.append(SearchDocument(
                url: route.path(anchor), title: section ?? title, indexedTitle: "", context: context + number, body: runs.runs,
                citationTerms: citations[anchor] ?? []
            ))
        }
        for block in document.document.blocks {
            switch block.kind {
            case .heading(_, let inlines):
                let heading = Inline.plainText(inlines)
                section = sectionPrefix.isEmpty ? heading : "\(sectionPrefix): \(heading)"
                guard let anchor = block.anchor.flatMap(Anchor.init(documentFragment:)) else { continue }
                result.append(SearchDocument(
                    url: route.path(anchor), title: section ?? heading, indexedTitle: heading, context: context, body: [],
                    citationTerms: citations[anchor] ?? []
                ))
            case .list(let list):
                for item in list.items {
                    guard let anchor = item.anchor.flatMap(Anchor.init(documentFragment:)) else { continue }
                    passage(Block(.list(List(ordered: list.ordered, start: list.start, tight: list.tight, items: [item])), line: item.line), anchor: anchor)
                }
            default:
                if let anchor = block.anchor.flatMap(Anchor.init(documentFragment:)) { passage(block, anchor: anchor) }
            }
        }
        return result
    }
}
