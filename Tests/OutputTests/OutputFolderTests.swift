import Foundation
import Testing
@testable import Output

/// The output folder is checked against the sources before anything is written: the site
/// folder, a folder holding it, and the folders of sources are refused, links resolved.
@Suite struct OutputFolderTests {
    /// A site folder with content/ and themes/, in a parent holding another project's file.
    final class Layout {
        let parent: URL
        let site: URL

        init() throws {
            parent = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-folder-\(UUID().uuidString)")
            site = parent.appendingPathComponent("site")
            for folder in ["content/drafts", "themes/default"] {
                try FileManager.default.createDirectory(at: site.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try "keep".write(to: parent.appendingPathComponent("other-project.txt"), atomically: true, encoding: .utf8)
        }

        deinit { try? FileManager.default.removeItem(at: parent) }

        func check(_ output: String, force: Bool = false) throws(OutputError) -> OutputFolder {
            let url = output.hasPrefix("/") ? URL(fileURLWithPath: output) : URL(fileURLWithPath: site.path + "/" + output)
            return try OutputFolder(url, site: site, sources: ["content", "themes", "templates", ".git"], force: force)
        }

        func refusal(_ output: String, force: Bool = false) -> OutputError? {
            do {
                _ = try check(output, force: force)
                return nil
            } catch {
                return error
            }
        }
    }

    @Test(arguments: [".", "..", "content", "content/drafts", "content/new", "public/../content", "themes", "themes/default/x", "./", "../site"])
    func refusesAFolderThatWouldReplaceTheSources(_ output: String) throws {
        let layout = try Layout()
        let error = try #require(layout.refusal(output, force: true), "\(output) was accepted")
        #expect(error.isUsageError)
        guard case .overlapsSources = error else {
            Issue.record("expected overlapsSources, got \(error)")
            return
        }
        #expect(error.description.contains("refusing to publish into this folder"))
        #expect(error.description.contains("nothing was written"))
    }

    @Test func theMessageNamesBothFolders() throws {
        let layout = try Layout()
        let real = ResolvedPath(layout.site).description
        let error = try #require(layout.refusal("content/drafts"))
        #expect(error.description.hasPrefix("\(real)/content/drafts: error: refusing to publish into this folder: it is inside \(real)/content, which holds the site's sources"))
        let parent = try #require(layout.refusal(".."))
        #expect(parent.description.contains("it holds the site folder \(real)"))
    }

    @Test func resolvesSymbolicLinksBeforeComparing() throws {
        let layout = try Layout()
        try FileManager.default.createSymbolicLink(at: layout.site.appendingPathComponent("out"), withDestinationURL: layout.site.appendingPathComponent("content"))
        try FileManager.default.createSymbolicLink(at: layout.parent.appendingPathComponent("alias"), withDestinationURL: layout.site)
        #expect(layout.refusal("out") != nil)
        #expect(layout.refusal("out/new") != nil)
        #expect(layout.refusal(layout.parent.appendingPathComponent("alias").path) != nil)
        #expect(layout.refusal(layout.parent.appendingPathComponent("alias/content").path) != nil)
    }

    @Test func acceptsAFolderOfItsOwn() throws {
        let layout = try Layout()
        #expect(try layout.check("public").url.path == ResolvedPath(layout.site).description + "/public")
        #expect(layout.refusal("build/site") == nil)
        #expect(layout.refusal(layout.parent.appendingPathComponent("published").path) == nil)
    }

    @Test func refusesAFolderOfOtherFilesUnlessForced() throws {
        let layout = try Layout()
        let folder = layout.parent.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "mine".write(to: folder.appendingPathComponent("todo.txt"), atomically: true, encoding: .utf8)
        let error = try #require(layout.refusal(folder.path))
        guard case .holdsOtherFiles(_, let examples) = error else {
            Issue.record("expected holdsOtherFiles, got \(error)")
            return
        }
        #expect(examples == ["todo.txt"])
        #expect(error.isUsageError)
        #expect(error.description.contains("pass --force"))
        #expect(layout.refusal(folder.path, force: true) == nil)
        // A previous build's output (it has index.html) is replaced without asking.
        try "<!DOCTYPE html>".write(to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        #expect(layout.refusal(folder.path) == nil)
    }

    @Test func refusesAHomeFolderEvenWhenForced() throws {
        let layout = try Layout()
        let home = layout.parent.appendingPathComponent("home/me")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        for output in [home, layout.parent.appendingPathComponent("home")] {
            #expect(throws: OutputError.self) {
                _ = try OutputFolder(output, site: layout.site, sources: ["content"], force: true, home: home.path)
            }
        }
        #expect(throws: Never.self) {
            _ = try OutputFolder(home.appendingPathComponent("site-public"), site: layout.site, sources: ["content"], force: true, home: home.path)
        }
    }

    @Test func refusesAFile() throws {
        let layout = try Layout()
        let error = try #require(layout.refusal(layout.parent.appendingPathComponent("other-project.txt").path, force: true))
        guard case .notAFolder = error else {
            Issue.record("expected notAFolder, got \(error)")
            return
        }
    }
}
