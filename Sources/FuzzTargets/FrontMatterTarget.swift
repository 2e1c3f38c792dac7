import Corpus
import Diagnostics
import Foundation

/// The `front-matter` target: the input is a content file (`content/<folder>/x.md`).
///
/// Runs what the content loader runs on each file, without the disk: the text checks of
/// `readText`, ``FrontMatter/parse(_:path:log:)``, then the loader's own field reading
/// (`YAMLMapping`) for a position, a draft and a stakeholder.
enum FrontMatterTarget {
    /// The loader whose field readers run; they never touch its folder.
    static let loader = ContentLoader(siteDirectory: URL(fileURLWithPath: "/nonexistent/travaux-fuzz"))

    /// Runs the target on one input: a whole content file.
    static func run(_ input: [UInt8]) {
        var log = DiagnosticLog()
        let path = "content/positions/x.md"
        guard let text = ContentBytes.fileText(input, path: path, log: &log),
              let frontMatter = FrontMatter.parse(text, path: path, log: &log)
        else { return }
        if let position = loader.position(id: "x", path: path, frontMatter: frontMatter, log: &log) {
            checkBody(position.body, of: text)
        }
        if let draft = loader.draft(id: "x", path: "content/drafts/x.md", frontMatter: frontMatter, log: &log) {
            checkBody(draft.body, of: text)
        }
        if let stakeholder = loader.stakeholder(id: "x", path: "content/stakeholders/x.md", frontMatter: frontMatter, log: &log) {
            checkBody(stakeholder.body, of: text)
        }
    }

    /// The body is the end of the file, and (when there is one) starts on the line the file has it on.
    private static func checkBody(_ body: SourceText, of text: String) {
        FuzzCheck.expect(text.utf8.suffix(body.text.utf8.count).elementsEqual(body.text.utf8), "the body is not the end of the file")
        guard !body.text.isEmpty else { return }
        let linesBefore = text.utf8.dropLast(body.text.utf8.count).count { $0 == UInt8(ascii: "\n") }
        FuzzCheck.expect(body.firstLine == linesBefore + 1, "the body starts on line \(linesBefore + 1), not \(body.firstLine)")
    }
}
