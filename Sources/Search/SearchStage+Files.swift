import Compare
import Corpus
import Markdown
import Structure

extension SearchStage {
    /// `index.json`: the shard table, the facet labels and the latest draft's articles.
    static func entry(_ collector: SearchCollector, documents: Int, shards: [String]) -> String {
        let s = ScriptString.literal
        let corpus = collector.corpus
        let kinds = SearchDocument.Kind.allCases.map { "[\(s($0.facet.id)),\(s($0.facet.label))]" }
        let stakeholders = corpus.stakeholders.map(\.source).sorted { $0.id < $1.id }.map {
            "[\(s($0.id)),\(s($0.name)),\(s($0.kind.rawValue))]"
        }
        let drafts = corpus.drafts.map { "[\(s($0.source.id)),\(s($0.source.title)),\(s($0.source.date.iso))]" }
        let sessions = corpus.sessions.map { "[\(s($0.id)),\(s($0.title)),\(s($0.start.iso))]" }
        var lines = [
            "\"format\": 1",
            "\"documents\": \(documents)",
            "\"docsPerShard\": \(SearchIndex.documentsPerShard)",
            "\"shards\": [\(shards.map(s).joined(separator: ","))]",
            "\"stopwords\": [\(Tokenizer.stopWords.map(s).joined(separator: ","))]",
            "\"kinds\": [\(kinds.joined(separator: ","))]",
            "\"stakeholders\": [\(stakeholders.joined(separator: ",\n  "))]",
            "\"drafts\": [\(drafts.joined(separator: ",\n  "))]",
            "\"sessions\": [\(sessions.joined(separator: ",\n  "))]",
        ]
        if let latest = corpus.drafts.last {
            lines.append("\"latest\": " + latestDraft(latest, collector.comparison.concordance))
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }

    /// The latest draft and its articles by number, each with the anchors inside it.
    private static func latestDraft(_ draft: StructuredCorpus.Draft, _ concordance: Concordance) -> String {
        let s = ScriptString.literal
        let id = draft.source.id
        let anchors = draft.text.anchors
        var seen = Set<String>()
        var articles: [String] = []
        for article in draft.text.articles {
            let number = Article.anchorNumber(article.number)
            guard seen.insert(number).inserted else { continue }
            let prefix = article.anchor + "__"
            let parts = anchors.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
            var fields = ["\"number\":\(s(article.number))", "\"anchor\":\(s(article.anchor))"]
            let provision = concordance.provision(draft: id, article: article.anchor)
            // A draft whose record lacks the title borrows the provision's from another draft.
            if let title = article.title ?? provision?.versions.last(where: { $0.title != nil })?.title { fields.append("\"title\":\(s(title))") }
            if let key = provision?.key { fields.append("\"key\":\(s(key))") }
            fields.append("\"parts\":[\(parts.map(s).joined(separator: ","))]")
            articles.append("\(s(number)):{\(fields.joined(separator: ","))}")
        }
        return "{\"draft\":\(s(id)),\"title\":\(s(draft.source.title)),\"url\":\(s("drafts/\(id)/")),\"articles\":{\n  "
            + articles.joined(separator: ",\n  ") + "\n}}"
    }

    /// `facets.json`: the facet values of every document, as groups and runs.
    static func facets(_ sources: [SearchSource]) -> String {
        struct Group: Hashable {
            var kind: Int
            var stakeholders: [Int]
            var draft: Int
            var session: Int
            var date: String
        }
        var groups: [Group] = []
        var groupIndex: [Group: Int] = [:]
        var runs: [(group: Int, count: Int)] = []
        for source in sources where !source.documents.isEmpty {
            let group = Group(kind: source.kind.rawValue, stakeholders: source.stakeholders, draft: source.draft ?? -1, session: source.session ?? -1, date: source.date ?? "")
            let index = groupIndex[group] ?? {
                groups.append(group)
                groupIndex[group] = groups.count - 1
                return groups.count - 1
            }()
            if let last = runs.indices.last, runs[last].group == index {
                runs[last].count += source.documents.count
            } else {
                runs.append((index, source.documents.count))
            }
        }
        var encoded: [UInt8] = []
        for run in runs {
            V32.append(run.group, to: &encoded)
            V32.append(run.count, to: &encoded)
        }
        let lines = groups.map { group in
            "[\(group.kind),[\(group.stakeholders.map(String.init).joined(separator: ","))],\(group.draft),\(group.session),\(ScriptString.literal(group.date))]"
        }
        return "{\"groups\": [\n" + lines.joined(separator: ",\n") + "\n],\n\"runs\": \"" + String(decoding: encoded, as: UTF8.self) + "\"}\n"
    }
}
