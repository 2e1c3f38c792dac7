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
            // A document shard: groups [page, context, [[fragment, title, suffix, text]]].
            let groups = try #require(JSONSerialization.jsonObject(with: gunzip(search.appendingPathComponent("docs/\(shard)"))) as? [[Any]])
            for group in groups {
                let page = try #require(group[0] as? String)
                for document in try #require(group[2] as? [[Any]]) {
                    let fragment = try #require(document[0] as? String)
                    links.append(fragment.isEmpty ? page : page + "#" + fragment)
                }
            }
        }
        let entry = try #require(JSONSerialization.jsonObject(with: gunzip(search.appendingPathComponent("index.json.gz"))) as? [String: Any])
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

    /// The content of a file of the index (gzip of JSON, docs/search.md), through the
    /// system's `gzip`.
    static func gunzip(_ file: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: "/usr/bin/gzip") ? "/usr/bin/gzip" : "/bin/gzip")
        process.arguments = ["-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "gzip -dc \(file.path)")
        return data
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
