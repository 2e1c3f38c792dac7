import Foundation
@testable import TravauxKit

/// The repository's own site, built once per test run and shared by every test that reads it.
///
/// `scripts/test` builds it once with `travaux build --strict` (which fails on any error or
/// warning) and passes its folder in `TRAVAUX_REPOSITORY_SITE` to the Swift tests, the
/// JavaScript tests and the end-to-end test alike. Without it (`swift test` alone), the first
/// test that asks builds it here, strictly, once for the whole process.
enum RepositorySite {
    /// The repository root (this file is Tests/TravauxKitTests/RepositorySite.swift).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Why the shared build could not be used.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The built site's output folder, or why there is none.
    static let output: Result<URL, Failure> = {
        if let given = ProcessInfo.processInfo.environment["TRAVAUX_REPOSITORY_SITE"], !given.isEmpty {
            let url = URL(fileURLWithPath: given)
            guard FileManager.default.fileExists(atPath: url.appendingPathComponent("index.html").path) else {
                return .failure(Failure(description: "TRAVAUX_REPOSITORY_SITE=\(given) holds no built site"))
            }
            return .success(url)
        }
        do {
            let site = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-repo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: repository.appendingPathComponent("content"), to: site.appendingPathComponent("content"))
            let report = try Travaux.build(BuildOptions(source: site, strict: true))
            guard report.published, report.diagnostics.isEmpty else {
                return .failure(Failure(description: "the repository's site does not build strictly: \(report.diagnostics)"))
            }
            return .success(site.appendingPathComponent("public"))
        } catch {
            return .failure(Failure(description: "building the repository's site failed: \(error)"))
        }
    }()

    /// The output folder, for a test (throws the failure).
    static func built() throws -> URL {
        try output.get()
    }
}
