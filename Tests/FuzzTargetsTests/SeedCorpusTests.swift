import Foundation
import FuzzTargets
import Testing

/// Replays every file of `Fuzz/Corpus/<target>/` through its fuzz target: the seeds, and
/// every crash found by fuzzing once it is saved there, stay regression tests.
@Suite struct SeedCorpusTests {
    /// One file of the seed corpus and the target it belongs to.
    struct Seed: CustomTestStringConvertible, Sendable {
        var target: FuzzTarget
        var url: URL

        var testDescription: String { "\(target.rawValue)/\(url.lastPathComponent)" }
    }

    /// `Fuzz/Corpus` of the repository, found from this file's path.
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Corpus")

    /// The files of `Fuzz/Corpus/<target>/`, in name order.
    static func files(of target: FuzzTarget) -> [URL] {
        let folder = corpus.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { folder.appendingPathComponent($0) }
    }

    static let seeds: [Seed] = FuzzTarget.allCases.flatMap { target in
        files(of: target).map { Seed(target: target, url: $0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyTargetHasSeeds(_ target: FuzzTarget) {
        #expect(!Self.files(of: target).isEmpty, "Fuzz/Corpus/\(target.rawValue)/ is empty or missing")
    }

    @Test func everyCorpusFolderNamesATarget() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { !$0.hasPrefix(".") }
        for folder in folders {
            #expect(FuzzTarget(rawValue: folder) != nil, "Fuzz/Corpus/\(folder)/ is not a fuzz target")
        }
    }

    /// A seed that once hung (a `timeout-*` file) fails the run instead of stalling it.
    @Test(.timeLimit(.minutes(1)), arguments: seeds)
    func replaysWithoutCrashing(_ seed: Seed) throws {
        let bytes = try [UInt8](Data(contentsOf: seed.url))
        seed.target.run(bytes)
    }
}
