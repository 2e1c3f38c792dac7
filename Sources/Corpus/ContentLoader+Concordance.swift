import Diagnostics
import Foundation

extension ContentLoader {
    /// `content/concordance.yml`: the editor's pairings of articles across drafts.
    /// Draft ids and article numbers are checked by the compare stage, which knows the drafts.
    func loadConcordance(_ log: inout DiagnosticLog) -> [ConcordanceOverride] {
        let path = ConcordanceOverride.path
        guard FileManager.default.fileExists(atPath: siteDirectory.appendingPathComponent(path).path),
              let text = readText(path, log: &log),
              let node = YAMLMapping.composeNode(text, path: path, firstLine: 1, log: &log),
              var root = YAMLMapping.mapping(node, path: path, firstLine: 1, what: "concordance.yml", log: &log)
        else { return [] }
        var overrides: [ConcordanceOverride] = []
        for var entry in root.mappings("provisions", log: &log) {
            let key = entry.string("key", log: &log)
            if let key, !Identifier.isValid(key) {
                log.error(path, line: entry.lineOf("key"), "'\(key)' is not a valid provision key: use lowercase letters, digits and '-', such as protection-of-personal-data")
            }
            var members: [ConcordanceOverride.Member] = []
            if let articles = entry.nestedMapping("articles", log: &log) {
                for (draft, value) in articles.entries {
                    guard let scalar = value.node.scalar?.string.trimmingCharacters(in: .whitespaces), !scalar.isEmpty else {
                        log.error(path, line: value.line, "the article of '\(draft)' must be one number, such as \"24\" or \"4 bis\", or none")
                        continue
                    }
                    let article = ["none", "~", "null"].contains(scalar.lowercased()) ? nil : scalar
                    members.append(.init(draft: draft, article: article, line: value.line))
                }
            } else {
                log.error(path, line: entry.line, "each provision needs 'articles:', the article number in each draft, such as  zero-draft: \"24\"")
            }
            entry.reportUnknownKeys(known: ["key", "articles"], log: &log)
            overrides.append(ConcordanceOverride(key: key, members: members, line: entry.line))
        }
        root.reportUnknownKeys(known: ["provisions"], log: &log)
        return overrides
    }
}
