import Addressing
import Citations
import Compare
import Corpus
import Markdown
import Parallel
import Structure

/// `/data/corpus.json`: the whole record as data (docs/corpus-data.md, its schema
/// docs/corpus.schema.json): the site, sessions, stakeholders, drafts with every anchor,
/// its label and its text, positions with their passages, the references each makes
/// resolved to anchors, and their stances, pages, and the concordance of provisions.
///
/// Written straight into bytes, fields in a fixed order and arrays in the record's order
/// (sessions by start date, stakeholders and pages by id, drafts and positions by date then
/// id, anchors and passages in document order, which is anchor order): the same record
/// gives the same bytes. Drafts and positions are written on every core, then joined.
public enum CorpusData {
    /// The format's version, `version` in the file: raised when a field changes meaning or
    /// goes away (adding one does not).
    public static let formatVersion = 1

    /// The file's bytes (for tests; a build streams them with ``write(_:citations:comparison:into:)``).
    public static func json(_ corpus: StructuredCorpus, citations: CitationIndex, comparison: Comparison) -> [UInt8] {
        var bytes: [UInt8] = []
        write(corpus, citations: citations, comparison: comparison) { bytes += $0 }
        return bytes
    }

    /// Positions written at a time: the file is handed out in pieces of about a megabyte.
    static let positionBatch = 64

    /// The file, handed to `emit` piece by piece, in order.
    public static func write<Failure: Error>(
        _ corpus: StructuredCorpus, citations: CitationIndex, comparison: Comparison, siteMap: SiteMap? = nil,
        into emit: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        let base = CorpusAddresses(baseURL: corpus.site.baseURL, siteMap: siteMap, language: corpus.site.language)
        let references = referencesByDocument(citations)
        var json = JSONWriter(capacity: 65536)
        json.raw("{\"format\":\"travaux-corpus\",\"version\":")
        json.number(formatVersion)
        json.raw(",\"site\":")
        json.site(corpus.site)
        json.raw(",\"sessions\":")
        json.array(corpus.sessions) { $0.session($1, addresses: base) }
        json.raw(",\"stakeholders\":")
        json.array(corpus.stakeholders.sorted { $0.source.id < $1.source.id }) { $0.stakeholder($1.source, addresses: base) }
        json.raw(",\"drafts\":[")
        let drafts = parallelMap(corpus.drafts) { draft in
            var json = JSONWriter(capacity: 4096)
            json.draft(draft, addresses: base)
            return json.bytes
        }
        for (i, draft) in drafts.enumerated() {
            if i > 0 { json.raw(",") }
            json.raw(draft)
        }
        json.raw("],\"positions\":[")
        try emit(json.bytes)
        // Positions on every core, a batch at a time, each batch handed out and let go.
        for start in stride(from: 0, to: corpus.positions.count, by: positionBatch) {
            let batch = Array(corpus.positions[start..<min(start + positionBatch, corpus.positions.count)])
            let written = parallelMap(batch) { position in
                var json = JSONWriter(capacity: 4096)
                let cited = (references[position.source.id] ?? []).map { citations.passages[Int($0)] }
                json.position(position, references: cited, addresses: base)
                return json.bytes
            }
            var piece = JSONWriter(capacity: written.reduce(0) { $0 + $1.count } + written.count)
            for (i, position) in written.enumerated() {
                if start + i > 0 { piece.raw(",") }
                piece.raw(position)
            }
            try emit(piece.bytes)
        }
        json = JSONWriter(capacity: 65536)
        json.raw("],\"pages\":")
        json.array(corpus.pages.sorted { $0.source.id < $1.source.id }) { json, page in
            json.raw("{\"id\":")
            json.string(page.source.id)
            json.raw(",\"title\":")
            json.string(page.source.title)
            json.raw(",\"url\":")
            json.string(base.url(Route.page(page.source.id)))
            json.raw("}")
        }
        json.raw(",\"concordance\":")
        json.array(comparison.concordance.provisions) { $0.provision($1, addresses: base) }
        json.raw("}\n")
        try emit(json.bytes)
    }

    /// The citations of each position, in passage order, as their indices in
    /// `citations.passages` (a large record has half a million: they are not copied).
    static func referencesByDocument(_ citations: CitationIndex) -> [String: [Int32]] {
        var result: [String: [Int32]] = [:]
        for (index, passage) in citations.passages.enumerated() { result[passage.documentID, default: []].append(Int32(index)) }
        return result
    }
}
