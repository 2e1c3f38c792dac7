import Foundation
import Testing
@testable import Output

@Suite struct MemorySiteTests {
    @Test func holdsEachFileByItsPathAsWritten() throws {
        let site = MemorySite()
        try site.write("<p>x</p>", to: "drafts/d/index.html")
        try site.write([(path: "search/a.json.gz", data: Data([0x1F, 0x8B])), (path: "b.css", data: Data("b".utf8))])
        #expect(site.files == [
            "drafts/d/index.html": Data("<p>x</p>".utf8), "search/a.json.gz": Data([0x1F, 0x8B]), "b.css": Data("b".utf8),
        ])
    }

    @Test func aStreamedFileIsItsPiecesInOrder() throws {
        let site = MemorySite()
        try site.stream(to: "data/corpus.json") { (emit: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws(OutputError) in
            for piece in ["{", "\"a\"", ":1}"] {
                var failure: OutputError?
                Data(piece.utf8).withUnsafeBytes { buffer in
                    do throws(OutputError) { try emit(buffer) } catch { failure = error }
                }
                if let failure { throw failure }
            }
        }
        #expect(site.files["data/corpus.json"] == Data(#"{"a":1}"#.utf8))
    }

    @Test func refusesPathsOutOfTheSiteLikeTheStagingFolder() {
        let site = MemorySite()
        for path in ["/etc/passwd", "../x", "a//b", "a/./b", ""] {
            #expect(throws: OutputError.self, "\(path)") { try site.write("x", to: path) }
        }
        #expect(site.files.isEmpty)
    }

    @Test func discardForgetsEveryFile() throws {
        let site = MemorySite()
        try site.write("x", to: "a.html")
        site.discard()
        #expect(site.files.isEmpty)
    }
}
