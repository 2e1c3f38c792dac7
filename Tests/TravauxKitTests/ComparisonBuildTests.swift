import Foundation
import Testing
@testable import TravauxKit

/// The comparison pages of a built site: concordance, article pages with redlines, the
/// matrix and its CSV and JSON, proposed text and stakeholders' stances.
@Suite struct ComparisonBuildTests {
    static let position = "content/positions/acme-2023-11-key-positions.md"
    static let stance = "session: second-session\nstances:\n  - article: \"24\"\n    stance: support\n    note: Welcomes the safeguards, \"as drafted\".\n"

    @Test func theSiteHasAConcordanceAMatrixAndAPageForEveryProvision() throws {
        let site = try SiteFixture()
        let report = try site.build()
        #expect(report.published)
        for page in ["concordance/", "matrix/", "articles/", "articles/conditions-and-safeguards/", "articles/article-1/", "articles/scope/"] {
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(page + "index.html").path), "\(page)")
        }
        let concordance = try site.html("concordance/index.html")
        #expect(concordance.contains("<a href=\"../drafts/updated-cnd/index.html#art_24\">Art.&nbsp;24</a>"))
        #expect(concordance.contains("<a href=\"../drafts/zero-draft/index.html#art_24\">Art.&nbsp;24</a>"))
        // Article 4 bis is new in the zero draft; Article 1 was paired on its number alone.
        #expect(concordance.contains("<td class=\"present added\"><a href=\"../drafts/zero-draft/index.html#art_4bis\">Art.&nbsp;4 bis</a> <span class=\"change\">new</span>"))
        #expect(concordance.contains("aligned by number only"))
        let lock = try site.read("content/anchors.lock")
        #expect(lock.contains("/articles/conditions-and-safeguards/#zero-draft\n"))
    }

    @Test func articlePagesShowEachDraftsTextTheChangesAndWhoCitedIt() throws {
        let site = try SiteFixture()
        try site.edit("content/drafts/updated-cnd.md", replacing: "## Article 24. Conditions and safeguards",
                      with: "## Article 24. Conditions and safeguards\n1. Each State Party shall provide safeguards.")
        _ = try site.build()
        let html = try site.html("articles/conditions-and-safeguards/index.html")
        #expect(html.contains("<section class=\"provision-version\" id=\"updated-cnd\">"))
        #expect(html.contains("<section class=\"provision-version\" id=\"zero-draft\">"))
        #expect(html.contains("<del>provide</del><ins>ensure</ins>"))
        #expect(html.contains("Changes from the Updated consolidated negotiating document (Art. 24):"))
        // The draft page holds the citable anchors; the article page quotes without them.
        #expect(!html.contains("id=\"art_24__para_1\""))
        #expect(html.contains("<section class=\"stakeholder-group\" id=\"by_acme-ngo\">"))
        #expect(html.contains("<mark>Article 24</mark>"))
        #expect(html.contains("../../positions/acme-2023-11-key-positions/index.html#p_2"))
        let draft = try site.html("drafts/zero-draft/index.html")
        #expect(draft.contains("<p class=\"provision-link\"><a href=\"../../articles/conditions-and-safeguards/index.html\">Across drafts (2 versions)</a></p>"))
    }

    /// Each cell of the HTML matrix as `provision|stakeholder|stance|passages`.
    static func htmlCells(_ html: String) throws -> Set<String> {
        var cells = Set<String>()
        let rows = try NSRegularExpression(pattern: #"<tr data-provision="([^"]+)"[^>]*>(.*?)</tr>"#)
        let cell = try NSRegularExpression(pattern: #"<td data-stakeholder="([^"]+)" data-kind="[^"]+" class="cell stance-([a-z]+)">(.*?)</td>"#)
        let ns = html as NSString
        for row in rows.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
            let key = ns.substring(with: row.range(at: 1))
            let body = ns.substring(with: row.range(at: 2)) as NSString
            for match in cell.matches(in: body as String, range: NSRange(location: 0, length: body.length)) {
                let content = body.substring(with: match.range(at: 3))
                let count = content.range(of: #"(\d+) passages?"#, options: .regularExpression).map { String(content[$0].split(separator: " ")[0]) } ?? "0"
                cells.insert([key, body.substring(with: match.range(at: 1)), body.substring(with: match.range(at: 2)), count].joined(separator: "|"))
            }
        }
        return cells
    }

    @Test func theMatrixCSVAndJSONHoldTheSameCellsAsTheHTML() throws {
        let site = try SiteFixture()
        try site.edit(Self.position, replacing: "session: second-session\n", with: Self.stance)
        try site.edit(Self.position, replacing: "- First recommendation.", with: "- First recommendation on Article 1 and Article 4 bis.")
        _ = try site.build()
        let html = try Self.htmlCells(try site.html("matrix/index.html"))
        #expect(html == ["conditions-and-safeguards|acme-ngo|support|1", "article-1|acme-ngo|comments|1", "scope|acme-ngo|comments|1"])

        let csvData = try Data(contentsOf: site.output.appendingPathComponent("matrix.csv"))
        #expect(csvData.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 byte order mark")
        let csv = String(decoding: csvData.dropFirst(3), as: UTF8.self)
        #expect(csv.hasSuffix("\r\n") && !csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF line ends")
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines[0].components(separatedBy: ",")
        let (provision, stakeholder, stance, passages) = (header.firstIndex(of: "provision")!, header.firstIndex(of: "stakeholder")!,
                                                         header.firstIndex(of: "stance")!, header.firstIndex(of: "passages")!)
        // The note holds a comma and quotes: the field is quoted, quotes doubled.
        #expect(csv.contains(#""Welcomes the safeguards, ""as drafted"".""#))
        let csvCells = Set(lines.dropFirst().map { line -> String in
            let fields = Self.csvFields(line)
            return [fields[provision], fields[stakeholder], fields[stance], fields[passages]].joined(separator: "|")
        })
        #expect(csvCells == html)

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("matrix.json"))) as? [String: Any]
        let jsonCells = Set((json?["cells"] as? [[String: Any]] ?? []).map { cell in
            ["\(cell["provision"]!)", "\(cell["stakeholder"]!)", "\(cell["stance"]!)", "\((cell["passages"] as? [Any])?.count ?? -1)"].joined(separator: "|")
        })
        #expect(jsonCells == html)
        #expect((json?["stakeholders"] as? [[String: Any]])?.map { $0["id"] as? String } == ["acme-ngo", "freedonia"])
    }

    /// The fields of one RFC 4180 line.
    static func csvFields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(line).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(character) }
            } else if character == "\"" { quoted = true
            } else if character == "," { fields.append(field); field = ""
            } else { field.append(character) }
        }
        fields.append(field)
        return fields
    }

    @Test func proposedTextIsARedlineOnThePositionTheArticlePageAndTheMatrix() throws {
        let site = try SiteFixture()
        try site.edit(Self.position, replacing: "> A quoted passage.",
                      with: "```proposal art_24__para_1\nEach State Party shall ensure effective and independent safeguards.\n```")
        let report = try site.build(strict: true)
        #expect(report.published, "\(report.diagnostics)")
        let position = try site.html("positions/acme-2023-11-key-positions/index.html")
        #expect(position.contains("<figure class=\"proposal\" id=\"p_6\">"))
        #expect(position.contains("Proposed text for <a href=\"../../drafts/zero-draft/index.html#art_24__para_1\">Art. 24(1)</a> of the Zero draft"))
        #expect(position.contains("shall ensure <ins>effective and independent </ins>safeguards."))
        #expect(position.contains("(3 words inserted)"))
        let article = try site.html("articles/conditions-and-safeguards/index.html")
        #expect(article.contains("<section id=\"proposed_text\""))
        #expect(article.contains("<ins>effective and independent </ins>"))
        #expect(try site.html("matrix/index.html").contains("<span class=\"proposes\">proposes text</span>"))
    }

    @Test func stakeholderPagesListTheirStanceOnEachProvision() throws {
        let site = try SiteFixture()
        try site.edit(Self.position, replacing: "session: second-session\n", with: Self.stance)
        _ = try site.build()
        let html = try site.html("stakeholders/acme-ngo/index.html")
        #expect(html.contains("<a href=\"../../articles/conditions-and-safeguards/index.html#by_acme-ngo\">Conditions and safeguards</a>"))
        #expect(html.contains("<span class=\"stance stance-support\">support</span>"))
        #expect(html.contains("Welcomes the safeguards, &quot;as drafted&quot;."))
        let freedonia = try site.html("stakeholders/freedonia/index.html")
        #expect(freedonia.contains("No document of this stakeholder in the record cites a provision of the drafts."))
    }

    @Test func theEditorsConcordanceOverridesTheComputedPairing() throws {
        let site = try SiteFixture()
        try site.write("content/concordance.yml", """
        # Article 1 of the updated CND is not the zero draft's statement of purpose.
        provisions:
          - key: general-provision
            articles:
              updated-cnd: "1"
              zero-draft: none
        """)
        let report = try site.build(strict: true)
        #expect(report.published, "\(report.diagnostics)")
        let concordance = try site.html("concordance/index.html")
        #expect(concordance.contains("../articles/general-provision/index.html"))
        #expect(concordance.contains("../articles/statement-of-purpose/index.html"))
    }
}
