import Citations
import Compare
import Corpus
import Foundation
import Structure
import Testing
@testable import Search

/// A small record written to a temporary folder and run through every stage up to the
/// index: two drafts that renumber, two positions, a stakeholder and a page.
struct SearchFixture {
    static let files: [String: String] = [
        "content/site.yml": "title: Search fixture\nbase_url: https://example.org/\nlanguage: en\n",
        "content/sessions.yml": "- id: first\n  title: First session\n  start: \"2023-01-09\"\n  place: Vienna\n",
        "content/stakeholders/acme.md": "---\nname: ACME Network\nshort: ACME\nkind: civil-society\n---\nA network that follows the negotiation.\n",
        "content/stakeholders/freedonia.md": "---\nname: Freedonia\nkind: member-state\n---\nA member state.\n",
        "content/drafts/first.md": """
            ---
            title: First draft
            date: "2023-01-01"
            session: first
            ---
            # Chapter I. General provisions
            ## Article 1. Purposes
            The purposes of this Convention are to prevent cybercrime.
            ## Article 2. Conditions and safeguards
            1. Each State Party shall ensure respect for human rights.
            2. Such conditions shall include judicial review, whenever dual criminality is required.

            """,
        "content/drafts/second.md": """
            ---
            title: Second draft
            date: "2023-06-01"
            ---
            # Chapter I. General provisions
            ## Article 1. Purposes
            The purposes of this Convention are to prevent cybercrime.
            ## Article 2. Protection of sovereignty
            States Parties shall respect sovereign equality.
            ## Article 3. Conditions and safeguards
            1. Each State Party shall ensure respect for human rights.
            2. Such conditions shall include judicial review, whenever dual criminality is required:
               (a) independent supervision;
               (b) limits on duration.

            """,
        "content/positions/acme-2023.md": """
            ---
            title: Key positions
            stakeholder: acme
            date: "2023-03-01"
            kind: briefing
            draft: first
            ---
            ## Safeguards

            **Dual criminality must be the starting place** for cooperation under Article 2(2).

            Protección de datos personales matters; parties' offences are listed in Article 1.

            Quoted as code: `<script>alert("x")</script>` stays text.

            """,
        "content/positions/freedonia-2023.md": """
            ---
            title: Statement
            stakeholder: freedonia
            date: "2023-07-01"
            kind: statement
            draft: second
            ---
            Freedonia supports Article 3 (2) (b) and the safeguards in it.

            """,
        "content/pages/about.md": "---\ntitle: About\n---\nThis record follows the negotiation.\n",
    ]

    let index: SearchIndex

    init() throws {
        let record = try Self.record()
        index = SearchStage.index(record.corpus, citations: record.citations, comparison: record.comparison)
    }

    /// What the index stage reads: the record after the link and compare stages.
    struct Record {
        let corpus: StructuredCorpus
        let citations: CitationIndex
        let comparison: Comparison

        var collector: SearchCollector { SearchCollector(corpus: corpus, citations: citations, comparison: comparison) }
    }

    /// `files` (the fixture's by default) written to a temporary folder and run through
    /// every stage before the index.
    static func record(_ files: [String: String] = files) throws -> Record {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let loaded = try ContentLoader(siteDirectory: root).load()
        let corpus = try #require(loaded.corpus, "\(loaded.diagnostics)")
        let (structured, _) = Structurer.structure(corpus)
        let (linked, citations, diagnostics) = CitationStage.link(structured)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let (comparison, _) = ComparisonStage.compare(corpus, linked: linked, citations: citations)
        return Record(corpus: linked, citations: citations, comparison: comparison)
    }

    /// The JSON of `search/<name>.json.gz`, inflated.
    func file(_ name: String) throws -> String {
        let path = "search/\(name).json.gz"
        let file = try #require(index.files.first { $0.path == path }, "no \(path)")
        return String(decoding: try Inflate.gunzip(Array(file.data)), as: UTF8.self)
    }

    func json(_ name: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(file(name).utf8))
    }

    /// The number of documents in each document shard (`docShards` of the entry file).
    func documentShards() throws -> [Int] {
        let entry = try #require(json("index") as? [String: Any])
        return V32.decode(try #require(entry["docShards"] as? String))
    }

    /// Every document as `[url, title, context, text]`, by number, read from the document
    /// shards as the client reads them.
    func documents() throws -> [[String]] {
        var result: [[String]] = []
        for (number, count) in try documentShards().enumerated() {
            let groups = try #require(json("docs/\(number)") as? [[Any]])
            var read: [[String]] = []
            for group in groups {
                let page = try #require(group[0] as? String), context = try #require(group[1] as? String)
                var title = ""
                for document in try #require(group[2] as? [[Any]]) {
                    let fragment = try #require(document[0] as? String)
                    if let shown = document[1] as? String { title = shown } else { #expect(document[1] as? Int == 0) }
                    let suffix = try #require(document[2] as? String), text = try #require(document[3] as? String)
                    read.append([page + (fragment.isEmpty ? "" : "#" + fragment), title, context + suffix, text])
                }
            }
            #expect(read.count == count, "docs/\(number) holds \(read.count) documents, the entry says \(count)")
            result += read
        }
        return result
    }

    /// A posting, decoded.
    struct Posting: Equatable {
        var document: Int
        var titleHits: Int
        var bodyHits: Int
        var kind: Int
        var positions: [Int]
    }

    /// The postings of `term`, with their positions, read through the shard table as the
    /// client reads them.
    func postings(_ term: String) throws -> [Posting] {
        let entry = try #require(json("index") as? [String: Any])
        let shards = try #require(entry["shards"] as? [String])
        let shard = shards.lastIndex { !term.utf16.lexicographicallyPrecedes($0.utf16) } ?? 0
        let terms = try #require(json("terms/\(shard)") as? [String: String])
        let positionShard = try #require(json("positions/\(shard)") as? [String: String])
        guard let encoded = terms[term] else { return [] }
        var numbers = V32.decode(encoded)[...]
        var positionNumbers = V32.decode(positionShard[term] ?? "")[...]
        var result: [Posting] = []
        var document = 0
        while let gap = numbers.popFirst() {
            document += gap
            let weight = numbers.removeFirst()
            var positions: [Int] = []
            if let count = positionNumbers.popFirst() {
                var position = 0
                for _ in 0..<count {
                    position += positionNumbers.removeFirst()
                    positions.append(position)
                }
            }
            result.append(Posting(document: document, titleHits: weight & 1, bodyHits: (weight >> 1) & 3, kind: weight >> 3, positions: positions))
        }
        #expect(positionNumbers.isEmpty, "positions of \(term) left over")
        return result
    }

    /// The number of the document linking to `url`.
    func number(_ url: String) throws -> Int {
        try #require(documents().firstIndex { $0[0] == url }, "no document for \(url)")
    }
}
