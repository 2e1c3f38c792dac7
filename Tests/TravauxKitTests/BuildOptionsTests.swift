import Foundation
import Testing
@testable import TravauxKit

@Suite struct BuildOptionsTests {
    @Test func theOutputDefaultsToPublicInTheSiteFolder() {
        let options = BuildOptions(source: URL(fileURLWithPath: "/srv/record/./"))
        #expect(options.output.path == "/srv/record/public")
        #expect(options.updateLock && !options.strict && !options.force)
    }

    @Test func anOutputIsKeptAsGivenForTheOutputCheckToResolve() {
        // `..` after a symbolic link is resolved by OutputFolder, not dropped here.
        let options = BuildOptions(source: URL(fileURLWithPath: "/srv/record"), output: URL(fileURLWithPath: "/srv/record/link/../out"))
        #expect(options.output.path.hasSuffix("link/../out"))
    }

    @Test func theFoldersOfSourcesAreTheOnesTheBuildReads() {
        #expect(BuildOptions.sourceFolders == ["content", "themes", "templates", "i18n", ".git"])
    }
}
