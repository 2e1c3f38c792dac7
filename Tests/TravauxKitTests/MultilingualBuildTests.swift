import Foundation
import Testing
@testable import TravauxKit

/// The example in six languages builds strictly; a misaligned translation stops the build.
@Suite struct MultilingualBuildTests {
    /// A copy of `examples/multilingual` in a temporary folder.
    func example() throws -> URL {
        let example = RepositorySite.repository.appendingPathComponent("examples/multilingual")
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-multilingual-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: example, to: copy)
        return copy
    }

    @Test func theExampleBuildsStrictlyWithEveryPageInItsLanguage() throws {
        let site = try example()
        defer { try? FileManager.default.removeItem(at: site) }
        let report = try Travaux.build(BuildOptions(source: site, strict: true))
        #expect(report.published, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let output = site.appendingPathComponent("public")
        let walker = try #require(FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil))
        var checked: [String: Int] = [:]
        for case let url as URL in walker where url.lastPathComponent == "index.html" {
            let path = String(url.path.dropFirst(output.path.count + 1))
            let first = String(path.split(separator: "/").first ?? "")
            let language = ["fr", "es", "ar", "zh", "ru"].contains(first) ? first : "en"
            let html = try String(contentsOf: url, encoding: .utf8)
            guard !html.contains("http-equiv=\"refresh\"") else { continue }
            let dir = language == "ar" ? "rtl" : "ltr"
            #expect(html.contains("<html lang=\"\(language)\" dir=\"\(dir)\">"), "\(path)")
            checked[language, default: 0] += 1
        }
        #expect(checked.keys.sorted() == ["ar", "en", "es", "fr", "ru", "zh"])
        #expect(checked.values.allSatisfy { $0 >= 12 })
        let lock = try String(contentsOf: site.appendingPathComponent("content/anchors.lock"), encoding: .utf8)
        #expect(lock.contains("/ar/drafts/zero-draft/#art_3__para_2__point_b\n"))
    }

    @Test func eachLanguageHasItsSearchIndexAndTheCorpusDataGivesEachDocumentsOwnAddress() throws {
        let site = try example()
        defer { try? FileManager.default.removeItem(at: site) }
        let report = try Travaux.build(BuildOptions(source: site, strict: true))
        #expect(report.published, "\(report.diagnostics)")
        let output = site.appendingPathComponent("public")
        for language in ["", "fr/", "es/", "ar/", "zh/", "ru/"] {
            let index = try SearchBuildTests.gunzip(output.appendingPathComponent("\(language)search/index.json.gz"))
            let json = try #require(String(data: index, encoding: .utf8))
            let expected = language.isEmpty ? "en" : String(language.dropLast())
            #expect(json.contains("\"language\": \"\(expected)\"") || json.contains("\"language\":\"\(expected)\""), "\(language)search/index.json")
        }
        // China's position exists only in Chinese: its address is under /zh/.
        let data = try String(contentsOf: output.appendingPathComponent("data/corpus.json"), encoding: .utf8)
        #expect(data.contains("/zh/positions/china-2024-01/\""))
        #expect(!data.contains("multilingual/positions/china-2024-01/\""))
        #expect(data.contains("multilingual/positions/eu-2024-01/\""))
    }

    @Test func aTranslationMissingAPointIsAnErrorAtItsLineNamingTheAnchor() throws {
        let site = try example()
        defer { try? FileManager.default.removeItem(at: site) }
        let path = site.appendingPathComponent("content/drafts/zero-draft.fr.md")
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacingOccurrences(of: "   b) indiquent l'objet de la demande.\n", with: "").write(to: path, atomically: true, encoding: .utf8)
        let report = try Travaux.build(BuildOptions(source: site, strict: true))
        #expect(!report.published)
        let messages = report.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("content/drafts/zero-draft.fr.md:21: error:") && $0.contains("art_3__para_2__point_b") }, "\(messages)")
    }
}
