import Addressing
import Diagnostics

/// Checks that a draft's translation holds exactly the provisions of the draft it translates
/// (docs/design.md, *Languages*): every chapter, annex, article, paragraph, point and recital
/// of the original, and no other, so that an anchor cited in one language exists in all.
///
/// Each difference is an error at the translation's `path:line` naming the anchor: a missing
/// provision at the line of the nearest provision before it that the translation has (line 1
/// when there is none), an extra one at its own line. A provision whose label differs at the
/// same place (`(c)` where the original has `(b)`) is one error, not two; the parts of a
/// missing or extra provision are not listed again.
public enum TranslationAlignment {
    /// The differences between `original` and its `translation` (read from the file `path`,
    /// in `language`, a BCP 47 tag), sorted by line; empty when they align.
    /// `originalPath` names the original's file in the messages.
    public static func check(
        original: DraftText, translation: DraftText, path: String, language: String, originalPath: String? = nil
    ) -> [Diagnostic] {
        let name = languageName(language)
        let originalName = originalPath.map { "the original (\($0))" } ?? "the original"
        var source = provisions(of: original)
        var target = provisions(of: translation)
        // Recitals are numbered by position: when their counts differ, they are aligned by
        // content and the gaps reported where they are, not at the end.
        let recitalGaps = recitalGaps(original: original, translation: translation, path: path, name: name, originalName: originalName)
        if recitalGaps != nil {
            source.removeAll { $0.anchor.parent == .preamble }
            target.removeAll { $0.anchor.parent == .preamble }
        }
        let targetLines = Dictionary(target.map { ($0.anchor, $0.line) }, uniquingKeysWith: { first, _ in first })
        let sourceSet = Set(source.map(\.anchor))
        var missing = source.filter { targetLines[$0.anchor] == nil }
        var extra = target.filter { !sourceSet.contains($0.anchor) }
        var log = DiagnosticLog()
        for diagnostic in recitalGaps ?? [] { log.append(diagnostic) }

        // A point relabelled in place: the same parent and position, another label.
        let sourcePlaces = Dictionary(source.map { ($0.anchor, place(of: $0.anchor, in: source)) }, uniquingKeysWith: { first, _ in first })
        var relabelled: Set<Anchor> = []
        for item in extra {
            guard let parent = item.anchor.parent, let place = place(of: item.anchor, in: target),
                  let counterpart = missing.first(where: { $0.anchor.parent == parent && sourcePlaces[$0.anchor] == place }),
                  !relabelled.contains(counterpart.anchor)
            else { continue }
            relabelled.insert(counterpart.anchor)
            relabelled.insert(item.anchor)
            log.error(path, line: item.line, "\(name) has \(item.anchor.id) (\(item.anchor.label)) where \(originalName) has \(counterpart.anchor.id) "
                + "(\(counterpart.anchor.label)): label it as the original does, so both languages give it the same anchor")
        }
        missing = missing.filter { !relabelled.contains($0.anchor) && !hasAncestor($0.anchor, in: relabelled) }
        extra = extra.filter { !relabelled.contains($0.anchor) && !hasAncestor($0.anchor, in: relabelled) }

        let missingSet = Set(missing.map(\.anchor))
        for (index, item) in source.enumerated() where missingSet.contains(item.anchor) && !hasAncestor(item.anchor, in: missingSet) {
            let before = source[..<index].last { targetLines[$0.anchor] != nil }
            let line = before.flatMap { targetLines[$0.anchor] } ?? 1
            let place = before.map { "after \($0.anchor.id)" } ?? "at the start"
            log.error(path, line: line, "\(name) lacks \(item.anchor.id) (\(item.anchor.label)), which \(originalName) has: "
                + "translate it \(place), or remove it from the original, so every anchor exists in every language")
        }
        let extraSet = Set(extra.map(\.anchor))
        for item in extra where !hasAncestor(item.anchor, in: extraSet) {
            log.error(path, line: item.line, "\(name) has \(item.anchor.id) (\(item.anchor.label)), which \(originalName) lacks: "
                + "remove it, correct its number or label, or add it to the original, so every anchor exists in every language")
        }
        return log.sorted
    }

    /// The differences between a structured draft and its structured translation (written in
    /// `language`), at the translation's path, naming the original's path.
    public static func check(original: StructuredCorpus.Draft, translation: StructuredCorpus.Draft, language: String) -> [Diagnostic] {
        check(original: original.text, translation: translation.text, path: translation.source.path, language: language, originalPath: original.source.path)
    }

    /// A provision and its line.
    struct Provision {
        var anchor: Anchor
        var line: Int
    }

    /// Every anchored provision of `text` with its line, in document order.
    static func provisions(of text: DraftText) -> [Provision] {
        var result: [Provision] = []
        if let preamble = text.preamble {
            result.append(Provision(anchor: .preamble, line: preamble.line))
            result += preamble.recitals.map { Provision(anchor: $0.anchor, line: $0.line) }
        }
        func add(_ point: Point) {
            result.append(Provision(anchor: point.anchor, line: point.line))
            point.children.forEach(add)
        }
        func add(_ node: DraftNode) {
            if case .point(let point) = node { add(point) }
        }
        for part in text.parts {
            if let anchor = part.anchor { result.append(Provision(anchor: anchor, line: part.line)) }
            for article in part.articles {
                result.append(Provision(anchor: article.anchor, line: article.line))
                for content in article.content {
                    switch content {
                    case .paragraph(let paragraph):
                        result.append(Provision(anchor: paragraph.anchor, line: paragraph.line))
                        paragraph.content.forEach(add)
                    case .node(let node):
                        add(node)
                    }
                }
            }
        }
        return result
    }

    /// The position of `anchor` among the provisions with the same parent (points of one
    /// paragraph, recitals of the preamble), or `nil` for a provision without parent.
    private static func place(of anchor: Anchor, in provisions: [Provision]) -> Int? {
        guard let parent = anchor.parent else { return nil }
        return provisions.filter { $0.anchor.parent == parent }.firstIndex { $0.anchor == anchor }
    }

    /// Whether an anchor above `anchor` is in `set`.
    private static func hasAncestor(_ anchor: Anchor, in set: Set<Anchor>) -> Bool {
        var current = anchor.parent
        while let ancestor = current {
            if set.contains(ancestor) { return true }
            current = ancestor.parent
        }
        return false
    }

    /// "The French translation", for a language tag.
    static func languageName(_ tag: String) -> String {
        let names: [ProvisionWords.Language: String] = [.en: "English", .fr: "French", .es: "Spanish", .ru: "Russian", .ar: "Arabic", .zh: "Chinese"]
        guard let language = ProvisionWords.Language(tag: tag), let name = names[language] else { return "the translation (\(tag))" }
        return "the \(name) translation"
    }
}
