import Parallel
import Addressing
import Corpus
import Diagnostics
import Structure

/// The provisions of the negotiated text across all drafts: which article of each draft
/// holds each provision, and the key each provision is published under.
///
/// Consecutive drafts are aligned by ``ArticleAligner``; `content/concordance.yml` places
/// articles by hand (its articles are never paired automatically); keys are chosen by
/// ``ProvisionKeys``. Provisions are in the order of the latest draft, with provisions that
/// left the text placed after the article they followed when they were last in it.
public struct Concordance: Sendable {
    public let provisions: [Provision]
    /// The provision of each article: draft id, then article anchor, to an index in ``provisions``.
    let lookup: [String: [Anchor: Int]]

    /// The provision holding `articleAnchor` of `draftID`.
    public func provision(draft draftID: String, article articleAnchor: Anchor) -> Provision? {
        lookup[draftID]?[articleAnchor].map { provisions[$0] }
    }

    /// The index in ``provisions`` of the provision holding `articleAnchor` of `draftID`.
    public func index(draft draftID: String, article articleAnchor: Anchor) -> Int? {
        lookup[draftID]?[articleAnchor]
    }

    /// The chapter of each article of a draft.
    static func chapters(_ draft: StructuredCorpus.Draft) -> [Provision.Chapter?] {
        draft.text.parts.flatMap { part -> [Provision.Chapter?] in
            let chapter = part.anchor.map { anchor in
                Provision.Chapter(
                    anchor: anchor,
                    label: [part.kind == .annex ? "Annex" : "Chapter", part.number].compactMap { $0 }.joined(separator: " "),
                    title: part.title
                )
            }
            return Array(repeating: chapter, count: part.articles.count)
        }
    }
}
