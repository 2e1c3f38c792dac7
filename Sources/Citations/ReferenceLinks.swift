import Addressing
import Synchronization

/// The destination and title of the links to one draft, each made once and shared by every
/// document that cites it.
///
/// A 10,000-page record holds over half a million reference links to a few thousand
/// provisions; spelling the same two strings again for each link cost about 100 MB and the
/// time to build them. Safe to use from many threads: the table is behind a lock, held only
/// to look up or add one entry.
final class ReferenceLinks: Sendable {
    /// What a link to one anchor, written as one reference, shows.
    struct Texts: Sendable {
        /// `drafts/<id>/index.html#art_24__para_2`, from the site root.
        let destination: String
        /// `<draft title>, <label of the reference as written>`.
        let title: String
    }

    private struct Key: Hashable {
        let anchor: Anchor
        let target: ReferenceTarget
    }

    let draftID: String
    let draftTitle: String
    private let table = Mutex<[Key: Texts]>([:])

    init(draftID: String, draftTitle: String) {
        self.draftID = draftID
        self.draftTitle = draftTitle
    }

    /// The texts of a link to `anchor` from a reference to `target` (the two differ when
    /// the draft lacks the paragraph or point written: the link goes to the deepest part it has).
    func texts(to anchor: Anchor, writtenAs target: ReferenceTarget) -> Texts {
        let key = Key(anchor: anchor, target: target)
        if let known = table.withLock({ $0[key] }) { return known }
        let made = Texts(destination: Route.fromRoot(.draft(draftID), anchor: anchor), title: "\(draftTitle), \(target.label)")
        return table.withLock { table in
            if let known = table[key] { return known }
            table[key] = made
            return made
        }
    }
}
