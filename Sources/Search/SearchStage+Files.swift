import Addressing
import Compare
import Corpus
import Markdown
import Structure

extension SearchStage {
    /// The kind facet's values, `[id, label]` each: in `index.json` for the results' labels and
    /// in `facets.json` for the filters.
    static let kindValues = "[" + SearchDocument.Kind.allCases.map {
        "[\(ScriptString.literal($0.facet.id)),\(ScriptString.literal($0.facet.label))]"
    }.joined(separator: ",") + "]"

    /// `index.json`: the shard table, the stop words, the kinds and the latest draft's articles.
    static func entry(_ collector: SearchCollector, documents: Int, shards: [String]) -> String {
        let s = ScriptString.literal
        let corpus = collector.corpus
        var lines = [
            "\"format\": 1",
            "\"documents\": \(documents)",
            "\"docsPerShard\": \(SearchIndex.documentsPerShard)",
            "\"shards\": [\(shards.map(s).joined(separator: ","))]",
            "\"stopwords\": [\(Tokenizer.stopWords.map(s).joined(separator: ","))]",
            "\"kinds\": \(kindValues)",
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
            let number = Anchor.normalizedNumber(article.number)
            guard seen.insert(number).inserted else { continue }
            let parts = anchors.compactMap { $0.spelled(below: article.anchor) }
            var fields = ["\"number\":\(s(article.number))", "\"anchor\":\(s(article.anchor.id))"]
            let provision = concordance.provision(draft: id, article: article.anchor)
            // A draft whose record lacks the title borrows the provision's from another draft.
            if let title = article.title ?? provision?.versions.last(where: { $0.title != nil })?.title { fields.append("\"title\":\(s(title))") }
            if let key = provision?.key { fields.append("\"key\":\(s(key))") }
            fields.append("\"parts\":[\(parts.map(s).joined(separator: ","))]")
            articles.append("\(s(number)):{\(fields.joined(separator: ","))}")
        }
        return "{\"draft\":\(s(id)),\"title\":\(s(draft.source.title)),\"url\":\(s(Route.draft(id).path)),\"articles\":{\n  "
            + articles.joined(separator: ",\n  ") + "\n}}"
    }

    /// `facets.json`: the facet values and, source by source, the values of its documents.
    static func facets(_ sources: [SearchSource], _ collector: SearchCollector) -> String {
        let s = ScriptString.literal
        let corpus = collector.corpus
        let stakeholders = collector.stakeholders.map(\.source).map { "[\(s($0.id)),\(s($0.name)),\(s($0.kind.rawValue))]" }
        let drafts = corpus.drafts.map { "[\(s($0.source.id)),\(s($0.source.title)),\(s($0.source.date.iso))]" }
        let sessions = corpus.sessions.map { "[\(s($0.id)),\(s($0.title)),\(s($0.start.iso))]" }
        var encoded: [UInt8] = []
        for source in sources where !source.documents.isEmpty {
            V32.append(source.documents.count, to: &encoded)
            V32.append(source.kind.rawValue, to: &encoded)
            V32.append((source.draft ?? -1) + 1, to: &encoded)
            V32.append((source.session ?? -1) + 1, to: &encoded)
            V32.append(source.date.flatMap(dayNumber).map { $0 + 1 } ?? 0, to: &encoded)
            V32.append(source.stakeholders.count, to: &encoded)
            source.stakeholders.forEach { V32.append($0, to: &encoded) }
        }
        return "{\"kinds\": \(kindValues),\n\"stakeholders\": [\(stakeholders.joined(separator: ",\n  "))],\n"
            + "\"drafts\": [\(drafts.joined(separator: ",\n  "))],\n\"sessions\": [\(sessions.joined(separator: ",\n  "))],\n"
            + "\"sources\": \"" + String(decoding: encoded, as: UTF8.self) + "\"}\n"
    }

    /// Days from 1970-01-01 to a `YYYY-MM-DD` date (not before 1970), by the proleptic
    /// Gregorian calendar; `nil` when the text is not such a date.
    static func dayNumber(_ date: String) -> Int? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, parts[0] >= 1970, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        let y = parts[1] <= 2 ? parts[0] - 1 : parts[0]
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (parts[1] + (parts[1] > 2 ? -3 : 9)) + 2) / 5 + parts[2] - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
