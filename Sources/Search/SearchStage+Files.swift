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

    /// `index.json`: the shard tables, the language, its stop words, the kinds and the latest
    /// draft's articles; `link` makes a route's path the link the index gives.
    static func entry(
        _ collector: SearchCollector, documents: Int, documentShards: [Int], shards: [String],
        language: SearchLanguage = .english, link: (String) -> String = { $0 }
    ) -> String {
        let s = ScriptString.literal
        let corpus = collector.corpus
        var lines = [
            "\"format\": 2",
            "\"documents\": \(documents)",
            "\"docShards\": \"\(v32(documentShards))\"",
            "\"shards\": [\(shards.map(s).joined(separator: ","))]",
            "\"language\": \(s(language.code))",
            "\"prefix\": \(s(link("")))",
            "\"stopwords\": [\(language.stopWords.map(s).joined(separator: ","))]",
            "\"kinds\": \(kindValues)",
        ]
        if let latest = corpus.drafts.last {
            lines.append("\"latest\": " + latestDraft(latest, corpus.drafts.dropLast(), collector.comparison.concordance, url: link(Route.draft(latest.source.id).path)))
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }

    /// `numbers` in v32.
    static func v32(_ numbers: [Int]) -> String {
        var encoded: [UInt8] = []
        for number in numbers { V32.append(number, to: &encoded) }
        return String(decoding: encoded, as: UTF8.self)
    }

    /// The latest draft and its articles by number, each with the anchors inside it; then the
    /// provisions that held a number in an earlier draft which the latest draft gives another
    /// provision (or none): `art 4` then finds the provision that was Article 4.
    private static func latestDraft(
        _ draft: StructuredCorpus.Draft, _ earlier: ArraySlice<StructuredCorpus.Draft>, _ concordance: Concordance, url: String
    ) -> String {
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
        return "{\"draft\":\(s(id)),\"title\":\(s(draft.source.title)),\"url\":\(s(url)),\"articles\":{\n  "
            + articles.joined(separator: ",\n  ") + "\n},\"earlier\":{" + earlierNumbers(draft, earlier, concordance) + "}}"
    }

    /// `"4":[{"number":"4","drafts":["Updated CND"],"key":…,"now":"5"}]`: for each
    /// number (as in anchors) an earlier draft gave a provision that the latest draft does not
    /// hold under that number, the provision, the drafts that numbered it so, and its number
    /// in the latest draft (else its title). Numbers sorted, provisions in concordance order.
    private static func earlierNumbers(
        _ latest: StructuredCorpus.Draft, _ earlier: ArraySlice<StructuredCorpus.Draft>, _ concordance: Concordance
    ) -> String {
        let s = ScriptString.literal
        let latestID = latest.source.id
        var current: [String: String] = [:]
        for article in latest.text.articles {
            let number = Anchor.normalizedNumber(article.number)
            if current[number] == nil { current[number] = concordance.provision(draft: latestID, article: article.anchor)?.key ?? "" }
        }
        let titles = Dictionary(earlier.map { ($0.source.id, $0.source.title) }, uniquingKeysWith: { first, _ in first })
        // number -> provision index -> (number as written, draft titles)
        var found: [String: [Int: (written: String, drafts: [String])]] = [:]
        for (index, provision) in concordance.provisions.enumerated() {
            for version in provision.versions where version.draftID != latestID {
                guard let title = titles[version.draftID] else { continue }
                let number = Anchor.normalizedNumber(version.number)
                guard current[number] != provision.key else { continue }
                found[number, default: [:]][index, default: (version.number, [])].drafts.append(title)
            }
        }
        return found.keys.sorted().map { number in
            let entries = found[number]!.keys.sorted().map { index in
                let provision = concordance.provisions[index]
                let entry = found[number]![index]!
                var fields = [
                    "\"number\":\(s(entry.written))", "\"drafts\":[\(entry.drafts.map(s).joined(separator: ","))]", "\"key\":\(s(provision.key))",
                ]
                // The title only for a provision the latest draft lacks: else its article there has it.
                if let now = provision.version(in: latestID)?.number {
                    fields.append("\"now\":\(s(now))")
                } else {
                    fields.append("\"title\":\(s(provision.title))")
                }
                return "{" + fields.joined(separator: ",") + "}"
            }
            return "\n  \(s(number)):[" + entries.joined(separator: ",") + "]"
        }.joined(separator: ",")
    }

    /// `facets.json`: the facet values and, in columns, the values of each source's documents.
    static func facets(_ sources: [SearchSource.Summary], _ collector: SearchCollector) -> String {
        let s = ScriptString.literal
        let corpus = collector.corpus
        let stakeholders = collector.stakeholders.map(\.source).map { "[\(s($0.id)),\(s($0.name)),\(s($0.kind.rawValue))]" }
        let drafts = corpus.drafts.map { "[\(s($0.source.id)),\(s($0.source.title)),\(s($0.source.date.iso))]" }
        let sessions = corpus.sessions.map { "[\(s($0.id)),\(s($0.title)),\(s($0.start.iso))]" }
        // One column per value, a number per source (that has documents): like values stand
        // together, so the file compresses far better than source by source.
        var columns = [[UInt8]](repeating: [], count: 6)
        for source in sources where source.documentCount > 0 {
            V32.append(source.documentCount, to: &columns[0])
            V32.append(source.kind.rawValue, to: &columns[1])
            V32.append((source.draft ?? -1) + 1, to: &columns[2])
            V32.append((source.session ?? -1) + 1, to: &columns[3])
            V32.append(source.date.flatMap(dayNumber).map { $0 + 1 } ?? 0, to: &columns[4])
            V32.append(source.stakeholders.count, to: &columns[5])
            source.stakeholders.forEach { V32.append($0, to: &columns[5]) }
        }
        let names = ["count", "kind", "draft", "session", "day", "stakeholders"]
        let encoded = zip(names, columns).map { "\"\($0)\": \"" + String(decoding: $1, as: UTF8.self) + "\"" }
        return "{\"kinds\": \(kindValues),\n\"stakeholders\": [\(stakeholders.joined(separator: ",\n  "))],\n"
            + "\"drafts\": [\(drafts.joined(separator: ",\n  "))],\n\"sessions\": [\(sessions.joined(separator: ",\n  "))],\n"
            + "\"sources\": {" + encoded.joined(separator: ",\n  ") + "}}\n"
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
