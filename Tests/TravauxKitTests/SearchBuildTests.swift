import Foundation
import Testing
@testable import TravauxKit

/// The search index a build writes, checked against the pages of the same build: a result
/// must never lead to a page or an anchor that is not there.
@Suite struct SearchBuildTests {
    /// Every link of the index (documents, the latest draft's articles and the anchors inside
    /// them), as `path#fragment` relative to the site root.
    static func links(in output: URL) throws -> [String] {
        let search = output.appendingPathComponent("search")
        var links: [String] = []
        let shards = try FileManager.default.contentsOfDirectory(atPath: search.appendingPathComponent("docs").path)
        for shard in shards.sorted() {
            let data = try Data(contentsOf: search.appendingPathComponent("docs/\(shard)"))
            let documents = try #require(JSONSerialization.jsonObject(with: data) as? [[String]])
            links += documents.map { $0[0] }
        }
        let entry = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: search.appendingPathComponent("index.json"))) as? [String: Any])
        if let latest = entry["latest"] as? [String: Any], let url = latest["url"] as? String,
           let articles = latest["articles"] as? [String: [String: Any]] {
            for article in articles.values {
                let anchor = try #require(article["anchor"] as? String)
                links.append(url + "#" + anchor)
                links += (article["parts"] as? [String] ?? []).map { url + "#" + anchor + "__" + $0 }
                if let key = article["key"] as? String { links.append("articles/\(key)/") }
            }
        }
        return links
    }

    /// The links of `links` whose page or anchor the site lacks.
    static func broken(_ links: [String], in output: URL) -> [String] {
        var pages: [String: String] = [:]
        return links.filter { link in
            let parts = link.split(separator: "#", maxSplits: 1).map(String.init)
            let path = (parts.first ?? "") + "index.html"
            if pages[path] == nil {
                pages[path] = (try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)) ?? ""
            }
            guard let html = pages[path], !html.isEmpty else { return true }
            return parts.count == 2 && !html.contains("id=\"\(parts[1])\"")
        }
    }

    @Test func everyResultOfTheFixtureSiteLeadsToAPageAndAnchorThatExist() throws {
        let site = try SiteFixture()
        let report = try site.build()
        #expect(report.published)
        let links = try Self.links(in: site.output)
        #expect(links.count > 20)
        #expect(Self.broken(links, in: site.output).isEmpty, "\(Self.broken(links, in: site.output))")
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("search/index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("assets/search.js").path))
    }

    @Test func everyResultOfTheRepositorysSiteLeadsToAPageAndAnchorThatExist() throws {
        let output = try RepositorySite.built()
        let links = try Self.links(in: output)
        #expect(links.count > 300)
        #expect(Self.broken(links, in: output).isEmpty, "\(Self.broken(links, in: output))")
    }
}
