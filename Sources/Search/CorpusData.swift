import Addressing
import Citations
import Compare
import Corpus
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

    /// The file's bytes.
    public static func json(_ corpus: StructuredCorpus, citations: CitationIndex, comparison: Comparison) -> [UInt8] {
        let base = corpus.site.baseURL
        let references = referencesByDocument(citations)
        let drafts = parallelMap(corpus.drafts) { draft in
            var json = JSONWriter(capacity: 4096)
            json.draft(draft, baseURL: base)
            return json.bytes
        }
        let positions = parallelMap(corpus.positions) { position in
            var json = JSONWriter(capacity: 4096)
            json.position(position, references: references[position.source.id] ?? [], baseURL: base)
            return json.bytes
        }
        var json = JSONWriter(capacity: drafts.reduce(0) { $0 + $1.count } + positions.reduce(0) { $0 + $1.count } + 65536)
        json.raw("{\"format\":\"travaux-corpus\",\"version\":")
        json.number(formatVersion)
        json.raw(",\"site\":")
        json.site(corpus.site)
        json.raw(",\"sessions\":")
        json.array(corpus.sessions) { $0.session($1, baseURL: base) }
        json.raw(",\"stakeholders\":")
        json.array(corpus.stakeholders.sorted { $0.source.id < $1.source.id }) { $0.stakeholder($1.source, baseURL: base) }
        json.raw(",\"drafts\":")
        json.array(drafts) { $0.raw($1) }
        json.raw(",\"positions\":")
        json.array(positions) { $0.raw($1) }
        json.raw(",\"pages\":")
        json.array(corpus.pages.sorted { $0.source.id < $1.source.id }) { json, page in
            json.raw("{\"id\":")
            json.string(page.source.id)
            json.raw(",\"title\":")
            json.string(page.source.title)
            json.raw(",\"url\":")
            json.string(Route.page(page.source.id).canonical(baseURL: base))
            json.raw("}")
        }
        json.raw(",\"concordance\":")
        json.array(comparison.concordance.provisions) { $0.provision($1, baseURL: base) }
        json.raw("}\n")
        return json.bytes
    }

    /// The citations of each position, in passage order.
    static func referencesByDocument(_ citations: CitationIndex) -> [String: [CitedPassage]] {
        var result: [String: [CitedPassage]] = [:]
        for passage in citations.passages { result[passage.documentID, default: []].append(passage) }
        return result
    }
}
