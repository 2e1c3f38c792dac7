import Foundation
import Testing
@testable import TravauxKit

/// `/data/corpus.json`: deterministic, complete, and valid against docs/corpus.schema.json.
@Suite struct CorpusDataTests {
    /// Whether `python3` with the package jsonschema is here (scripts/test and .ci/run install it).
    static let canValidate: Bool = {
        (try? run(["python3", "-c", "import jsonschema"]).status) == 0
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func json(_ url: URL) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func theRecordIsDataWithEveryAnchorReferenceAndStance() throws {
        let site = try SiteFixture()
        try site.write("content/positions/acme-stances.md", "---\ntitle: Stances\nstakeholder: acme-ngo\ndate: \"2023-12\"\nkind: statement\ndraft: zero-draft\nstances:\n  - article: \"24\"\n    stance: amend\n---\nText.\n")
        _ = try site.build()
        let data = try json(site.output.appendingPathComponent("data/corpus.json"))
        #expect(data["format"] as? String == "travaux-corpus")
        let drafts = try #require(data["drafts"] as? [[String: Any]])
        let zero = try #require(drafts.first { $0["id"] as? String == "zero-draft" })
        let anchors = try #require(zero["anchors"] as? [[String: Any]])
        let html = try site.html("drafts/zero-draft/index.html")
        for anchor in anchors.compactMap({ $0["anchor"] as? String }) {
            #expect(html.contains(" id=\"\(anchor)\""), "\(anchor) is an anchor of the page")
        }
        let point = try #require(anchors.first { $0["anchor"] as? String == "art_1__para_1__point_b__point_ii" })
        #expect(point["label"] as? String == "art. 1(1)(b)(ii)")
        #expect(point["parent"] as? String == "art_1__para_1__point_b")
        #expect(point["text"] as? String == "Training;")
        let positions = try #require(data["positions"] as? [[String: Any]])
        let references = positions.flatMap { ($0["passages"] as? [[String: Any]] ?? []).flatMap { $0["references"] as? [[String: Any]] ?? [] } }
        #expect(references.contains { $0["text"] as? String == "Article 24(2)" && ($0["anchors"] as? [String]) == ["art_24__para_2"] })
        let stances = try #require(positions.first { $0["id"] as? String == "acme-stances" }?["stances"] as? [[String: Any]])
        #expect(stances.first?["anchor"] as? String == "art_24" && stances.first?["stance"] as? String == "amend")
        #expect(!(data["concordance"] as? [Any] ?? []).isEmpty && !(data["stakeholders"] as? [Any] ?? []).isEmpty && !(data["sessions"] as? [Any] ?? []).isEmpty)
    }

    @Test func authorTextIsEscapedAndTwoBuildsWriteTheSameBytes() throws {
        let site = try SiteFixture()
        try site.write("content/pages/quotes.md", "---\ntitle: \"Quote \\\" back\\\\slash </script> \\u2028 end\"\n---\nText.\n")
        _ = try site.build()
        let first = try Data(contentsOf: site.output.appendingPathComponent("data/corpus.json"))
        let text = String(decoding: first, as: UTF8.self)
        #expect(!text.contains("</script>") && text.contains("\\u003c/script\\u003e") && text.contains("\\u2028"))
        let pages = try #require(try json(site.output.appendingPathComponent("data/corpus.json"))["pages"] as? [[String: Any]])
        #expect(pages.contains { $0["title"] as? String == "Quote \" back\\slash </script> \u{2028} end" })
        _ = try site.build()
        #expect(try Data(contentsOf: site.output.appendingPathComponent("data/corpus.json")) == first)
    }

    @Test(.enabled(if: canValidate, "needs python3 with jsonschema (python3 -m pip install jsonschema)"))
    func theOutputMatchesItsSchema() throws {
        let site = try SiteFixture()
        _ = try site.build()
        let script = RepositorySite.repository.appendingPathComponent("scripts/validate-corpus-data").path
        let result = try Self.run(["python3", script, site.output.appendingPathComponent("data/corpus.json").path])
        #expect(result.status == 0, "\(result.output)")
        // The check itself fails on a file that does not match.
        let broken = site.root.appendingPathComponent("broken.json")
        try Data("{\"format\":\"travaux-corpus\",\"version\":1}".utf8).write(to: broken)
        #expect(try Self.run(["python3", script, broken.path]).status == 1)
    }
}
