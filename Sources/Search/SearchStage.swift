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
            return IndexChunk(documents: documents[start..<end], first: start, kinds: kinds[start..<end], citationTerms: collector.citationTermNames)
        }
        let termShards = TermShards(chunks)
        let documentShards = DocumentShards(documents)

        var files: [(path: String, json: [UInt8])] = []
        for (number, shard) in termShards.terms.enumerated() { files.append(("terms/\(number)", shard)) }
        for (number, shard) in termShards.positions.enumerated() {
            if let shard { files.append(("positions/\(number)", shard)) }
        }
        for (number, shard) in documentShards.files.enumerated() { files.append(("docs/\(number)", shard)) }
        files.append(("facets", Array(facets(sources, collector).utf8)))
        files.append(("index", Array(entry(collector, documents: documents.count, documentShards: documentShards.counts, shards: termShards.firstTerms).utf8)))
        // Every file compressed, as the client reads them (docs/search.md, "Files").
        let compressed = parallelMap(files) { file in
            SearchIndex.File(path: SiteFile.search(file.path + ".json.gz").path, data: Data(Gzip.compress(file.json)))
        }
        // The documents and postings die here, hundreds of thousands of values: freed on
        // another thread, so that the build goes on.
        DispatchQueue.global().async { withExtendedLifetime((sources, documents, chunks)) {} }
        return SearchIndex(files: compressed.sorted { $0.path < $1.path })
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
