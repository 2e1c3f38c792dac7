import Foundation
import Testing
@testable import Render

/// The files of interface strings (`i18n/<lang>.yml`) and their merging.
@Suite struct InterfaceStringsTests {
    @Test func readsKeysAndQuotedOrPlainTexts() throws {
        let strings = try InterfaceStrings.parse("# a comment\n\ndrafts: \"Projets\"\nmatrix: Matrice\nquote: \"a \\\"b\\\"\"\n").get()
        #expect(strings == ["drafts": "Projets", "matrix": "Matrice", "quote": "a \"b\""])
    }

    @Test(arguments: [("drafts Projets\n", 1), ("a: b\nbad key: c\n", 2)])
    func aLineThatIsNotKeyAndTextIsAnErrorAtItsLine(_ text: String, _ line: Int) {
        guard case .failure(let error) = InterfaceStrings.parse(text) else {
            Issue.record("parsed")
            return
        }
        #expect(error.line == line)
    }

    @Test func aBadFileOfTheSiteStopsTheThemeWithItsPathAndLine() throws {
        let site = try RenderFixture.write(["i18n/fr.yml": "drafts: \"Textes\"\nnot a string\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(throws: RenderError.self) { try Theme.load(siteDirectory: site, name: "default") }
        do {
            _ = try Theme.load(siteDirectory: site, name: "default")
        } catch {
            #expect(error.description.hasPrefix("i18n/fr.yml:2: error:"))
        }
    }

    @Test func aLanguageWithoutAFileOrAKeyAFileLacksFallsBackToEnglish() throws {
        let site = try RenderFixture.write(["i18n/de.yml": "drafts: \"Entwürfe\"\n", "i18n/pt.yml": "drafts: \"Projetos\"\n", "i18n/pt-BR.yml": "matrix: \"Matriz\"\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let theme = try Theme.load(siteDirectory: site, name: "default")
        #expect(theme.interface("de")["drafts"] == "Entwürfe")
        #expect(theme.interface("de")["matrix"] == "Matrix")
        #expect(theme.interface("it")["drafts"] == "Drafts")
        #expect(theme.interface("pt-BR")["drafts"] == "Projetos")
        #expect(theme.interface("pt-BR")["matrix"] == "Matriz")
    }
}
