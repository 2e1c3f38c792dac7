import Parallel
import Addressing
import Citations
import Compare
import Diagnostics
import Foundation
import Markdown
import Structure

/// The index stage: the search index of the site, built from the parsed record (docs/design.md,
/// *Pipeline*; docs/search.md). Pure and deterministic: the same record gives the same bytes.
public enum SearchStage {
    /// Builds every file of the index.
    public static func index(_ corpus: StructuredCorpus, citations: CitationIndex, comparison: Comparison) -> SearchIndex {
        let collector = SearchCollector(corpus: corpus, citations: citations, comparison: comparison)
        let sources = collector.sources()
        let documents = sources.flatMap(\.documents)
        let kinds = sources.flatMap { repeatElement($0.kind, count: $0.documents.count) }
        // Chunks of consecutive documents tokenized in parallel, then joined term by term.
        let chunkSize = 2048
        let starts = Array(stride(from: 0, to: documents.count, by: chunkSize))
        let chunks = parallelMap(starts) { start in
            let end = min(start + chunkSize, documents.count)
            return IndexChunk(documents: documents[start..<end], first: start, kinds: kinds[start..<end])
        }
        let merged = chunks.reduce(into: [String: [PostingList]]()) { merged, chunk in
            for (term, list) in chunk.terms { merged[term, default: []].append(list) }
        }
        let terms = merged.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        // Each term's postings (gaps and weights) and, apart, its positions.
        let encoded = parallelMap(terms) { term -> (postings: [UInt8], positions: [UInt8]) in
            let key = Array("\(ScriptString.literal(term)):\"".utf8)
            var postings = key
            var positions = key
            var previous = 0
            for list in merged[term, default: []] {
                V32.append(list.first - previous, to: &postings)
                postings += list.bytes
                positions += list.positions
                previous = list.last
            }
            postings.append(0x22)
            positions.append(0x22)
            return (postings, term.hasPrefix("~") ? [] : positions)
        }

        var files: [SearchIndex.File] = []
        var shardFirstTerms: [String] = []
        var shard: [UInt8] = []
        var positionShard: [UInt8] = []
        func closeShard() {
            guard !shard.isEmpty else { return }
            let number = shardFirstTerms.count - 1
            files.append(.init(path: SiteFile.search("terms/\(number).json").path, data: Data(shard + [0x7D, 0x0A])))
            // Citation terms have no positions: a shard of nothing else has no positions file.
            if positionShard.count > 1 {
                files.append(.init(path: SiteFile.search("positions/\(number).json").path, data: Data(positionShard + [0x7D, 0x0A])))
            }
            shard = []
            positionShard = []
        }
        for (term, entry) in zip(terms, encoded) {
            // A shard closes when its postings or its positions would pass the size.
            if !shard.isEmpty && (shard.count + entry.postings.count + 2 > SearchIndex.termShardBytes
                || positionShard.count + entry.positions.count + 2 > SearchIndex.termShardBytes) {
                closeShard()
            }
            if shard.isEmpty {
                shardFirstTerms.append(shardFirstTerms.isEmpty ? "" : term)
                shard = [0x7B]
                positionShard = [0x7B]
            } else {
                shard.append(0x2C)
            }
            shard += entry.postings
            if !entry.positions.isEmpty {
                if positionShard.count > 1 { positionShard.append(0x2C) }
                positionShard += entry.positions
            }
        }
        closeShard()

        let perShard = SearchIndex.documentsPerShard
        let documentShards = parallelMap(Array(stride(from: 0, to: documents.count, by: perShard))) { start -> SearchIndex.File in
            let entries = documents[start..<min(start + perShard, documents.count)].map { document in
                let s = ScriptString.literal
                return "[\(s(document.url)),\(s(document.title)),\(s(document.context)),\(s(snippetText(document.text)))]"
            }
            return .init(path: SiteFile.search("docs/\(start / perShard).json").path, data: Data(("[\n" + entries.joined(separator: ",\n") + "\n]\n").utf8))
        }
        files += documentShards
        files.append(.init(path: SiteFile.search("facets.json").path, data: Data(facets(sources, collector).utf8)))
        files.append(.init(path: SiteFile.search("index.json").path, data: Data(entry(collector, documents: documents.count, shards: shardFirstTerms).utf8)))
        return SearchIndex(files: files.sorted { $0.path < $1.path })
    }

    /// `text` cut at a word after ``SearchIndex/maximumTextLength`` characters.
    static func snippetText(_ text: String) -> String {
        let trimmed = text.hasPrefix(" ") || text.hasSuffix(" ") ? text.trimmingCharacters(in: .whitespaces) : text
        // A text of at most that many bytes has at most that many characters.
        guard trimmed.utf8.count > SearchIndex.maximumTextLength, trimmed.count > SearchIndex.maximumTextLength else { return trimmed }
        let head = trimmed.prefix(SearchIndex.maximumTextLength)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut + " …"
    }
}
