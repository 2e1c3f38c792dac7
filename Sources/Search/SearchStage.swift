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
    /// Builds every file of the index of one language (docs/search.md, "Languages").
    ///
    /// `corpus` holds the documents of that language; `language` is its BCP 47 tag (its
    /// primary subtag picks the stop words and the stemmer, and `index.json` records it);
    /// `folder` is where the language's site lives, `""` for the default language (the
    /// files under `search/`) or `"fr/"` (under `fr/search/`). Every link of the index is
    /// `link(path)` for the path a route gives (`positions/icc/#p_1`); by default `folder`
    /// followed by the path, so a document published under another language's folder needs
    /// a `link` that says so.
    ///
    /// The sources are read in batches: each batch's documents are tokenized, their document
    /// shards written and compressed, and then they are let go, so that the index never
    /// holds the text of the whole record (it runs alongside the render stage).
    ///
    /// With `keeping` (`travaux serve`), the index also keeps what the next can reuse
    /// (``SearchIndex/reuse``, which holds the documents' text and the files' JSON); given
    /// `reusing`, a chunk of documents is tokenized, and a file compressed, only when it
    /// differs from the one `reusing` kept: the bytes are the same either way.
    public static func index(
        _ corpus: StructuredCorpus, citations: CitationIndex, comparison: Comparison, language: String = "en", folder: String = "",
        link: (@Sendable (String) -> String)? = nil, reusing previous: SearchReuse? = nil, keeping: Bool = false
    ) -> SearchIndex {
        let analysis = SearchLanguage(language)
        let folder = folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/"
        let relinks = link != nil || !folder.isEmpty
        let link: @Sendable (String) -> String = link ?? { folder + $0 }
        let collector = SearchCollector(corpus: corpus, citations: citations, comparison: comparison)
        let items = collector.items()
        // Chunks are taken from the last index only when they were numbered with the same citation terms.
        let previous = previous.flatMap { $0.citationTerms == collector.citationTermNames ? $0 : nil }
        let keptFiles = previous?.files ?? [:]
        var keptChunks: [Int: SearchReuse.Chunk] = [:]
        var keptJSON: [String: (json: [UInt8], gzip: Data)] = [:]
        var keptShards: [String: (first: Int, count: Int, gzip: Data)] = [:]
        var tokenized = 0
        var compressedShards = 0
        var chunks: [IndexChunk] = []
        var documentShards = DocumentShards()
        var compressed: [SearchIndex.File] = []
        var facetSources: [SearchSource.Summary] = []
        var documentCount = 0
        for batchStart in stride(from: 0, to: items.count, by: batchSources) {
            let batch = parallelMap(Array(items[batchStart..<min(batchStart + batchSources, items.count)]), collector.source)
            let documents = relinks ? batch.flatMap(\.documents).map { $0.linked(link($0.url)) } : batch.flatMap(\.documents)
            let kinds = batch.flatMap { repeatElement($0.kind, count: $0.documents.count) }
            // Chunks of consecutive documents tokenized in parallel, joined term by term at the end.
            let first = documentCount
            let made = parallelMap(Array(stride(from: 0, to: documents.count, by: chunkSize))) { start -> (IndexChunk, Bool) in
                let end = min(start + chunkSize, documents.count)
                if let kept = previous?.chunk(first: first + start, documents: documents[start..<end], kinds: kinds[start..<end]) { return (kept, false) }
                return (IndexChunk(
                    documents: documents[start..<end], first: first + start, kinds: kinds[start..<end], citationTerms: collector.citationTermNames,
                    language: analysis
                ), true)
            }.map { chunk, new in
                if new { tokenized += 1 }
                return chunk
            }
            chunks += made
            if keeping {
                for (index, start) in stride(from: 0, to: documents.count, by: chunkSize).enumerated() {
                    let end = min(start + chunkSize, documents.count)
                    keptChunks[first + start] = SearchReuse.Chunk(
                        first: first + start, documents: Array(documents[start..<end]), kinds: Array(kinds[start..<end]), chunk: made[index]
                    )
                }
            }
            compressed += Self.compressDocumentShards(
                documentShards.addShards(documents), after: documentShards, folder: folder, previous: previous, keeping: keeping,
                into: &keptShards, compressed: &compressedShards
            )
            facetSources += batch.map(\.summary)
            documentCount += documents.count
        }
        compressed += Self.compressDocumentShards(
            documentShards.finishShards(), after: documentShards, folder: folder, previous: previous, keeping: keeping,
            into: &keptShards, compressed: &compressedShards
        )
        let termShards = TermShards(chunks)
        var files: [(path: String, json: [UInt8])] = []
        for (number, shard) in termShards.terms.enumerated() { files.append(("terms/\(number)", shard)) }
        for (number, shard) in termShards.positions.enumerated() {
            if let shard { files.append(("positions/\(number)", shard)) }
        }
        files.append(("facets", Array(facets(facetSources, collector).utf8)))
        let entry = entry(
            collector, documents: documentCount, documentShards: documentShards.counts, shards: termShards.firstTerms,
            language: analysis, link: link
        )
        files.append(("index", Array(entry.utf8)))
        var compressedFiles = 0
        compressed += Self.compress(files, folder: folder, kept: keptFiles, keeping: keeping, into: &keptJSON, compressed: &compressedFiles)
        let reuse = keeping ? SearchReuse(
            chunks: keptChunks, citationTerms: collector.citationTermNames, files: keptJSON, documentShards: keptShards, tokenizedChunks: tokenized,
            compressedFiles: compressedShards + compressedFiles
        ) : nil
        return SearchIndex(files: compressed.sorted { $0.path < $1.path }, reuse: reuse)
    }

    /// Sources read at a time: a few tens of thousands of documents.
    static let batchSources = 512
    /// Documents tokenized by one task.
    static let chunkSize = 2048

    /// The document shards `shards` (the last ones `shards` completed, so numbered up to
    /// `documentShards.counts`), compressed under `folder`: a shard of the same documents,
    /// numbered alike, as one `previous` kept takes its gzip bytes; the others are written
    /// and compressed (counted in `compressed`). With `keeping`, each is added to `kept`.
    private static func compressDocumentShards(
        _ shards: [[SearchDocument]], after documentShards: DocumentShards, folder: String, previous: SearchReuse?, keeping: Bool,
        into kept: inout [String: (first: Int, count: Int, gzip: Data)], compressed: inout Int
    ) -> [SearchIndex.File] {
        let firstShard = documentShards.counts.count - shards.count
        var first = documentShards.counts[..<firstShard].reduce(0, +)
        var numbered: [(path: String, first: Int, documents: [SearchDocument])] = []
        for (offset, documents) in shards.enumerated() {
            numbered.append(("docs/\(firstShard + offset)", first, documents))
            first += documents.count
        }
        let made = parallelMap(numbered) { shard -> (Data, Bool) in
            if let data = previous?.documentShard(shard.path, first: shard.first, documents: shard.documents) { return (data, false) }
            return (Data(Gzip.compress(DocumentShards.shard(shard.documents, shard.documents.indices))), true)
        }
        for (shard, (data, new)) in zip(numbered, made) {
            if new { compressed += 1 }
            if keeping { kept[shard.path] = (shard.first, shard.documents.count, data) }
        }
        return zip(numbered, made).map { shard, made in
            SearchIndex.File(path: folder + SiteFile.search(shard.path + ".json.gz").path, data: made.0)
        }
    }

    /// Every file compressed, as the client reads them (docs/search.md, "Files"), under
    /// `folder` (`""`, `fr/`); a file whose JSON is the one `kept` holds for its path takes
    /// the gzip bytes kept with it (the others are compressed, and counted in `compressed`).
    /// With `keeping`, each file's JSON and gzip bytes are added to `kept`.
    private static func compress(
        _ files: [(path: String, json: [UInt8])], folder: String, kept previous: [String: (json: [UInt8], gzip: Data)],
        keeping: Bool = false, into kept: inout [String: (json: [UInt8], gzip: Data)], compressed: inout Int
    ) -> [SearchIndex.File] {
        let made = parallelMap(files) { file -> (SearchIndex.File, Bool) in
            let reused = previous[file.path].flatMap { $0.json == file.json ? $0.gzip : nil }
            let data = reused ?? Data(Gzip.compress(file.json))
            return (SearchIndex.File(path: folder + SiteFile.search(file.path + ".json.gz").path, data: data), reused == nil)
        }
        compressed += made.count { $0.1 }
        if keeping {
            for (file, (made, _)) in zip(files, made) { kept[file.path] = (file.json, made.data) }
        }
        return made.map(\.0)
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
