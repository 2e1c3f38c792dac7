import Foundation
import Testing
@testable import TravauxKit

@Suite struct ScaffoldTests {
    @Test func createsTheFileOfItsKindAndRefusesToOverwriteOne() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let path = try Scaffold.create(.draft, id: "zero-draft", in: site)
        #expect(path == "content/drafts/zero-draft.md")
        let text = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: "))
        #expect(text.contains("## Article 1."))
        #expect(throws: Scaffold.ScaffoldError.self) { try Scaffold.create(.draft, id: "zero-draft", in: site) }
        #expect(try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8) == text, "the existing file is kept")
    }

    @Test func acceptsOnlyIds() {
        #expect(Scaffold.isValidID("icc-2023"))
        #expect(!Scaffold.isValidID("ICC 2023"))
    }
}
