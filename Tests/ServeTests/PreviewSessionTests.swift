import Foundation
import Synchronization
import Testing
import TravauxKit
@testable import Serve

@Suite struct PreviewSessionTests {
    @Test func aSourceThatIsNoFolderIsABadArgument() {
        var request = ServeRequest()
        request.build.source = "/nonexistent/travaux-\(UUID().uuidString)"
        let errors = Mutex<[String]>([])
        let console = Console(out: { _ in }, error: { line in errors.withLock { $0.append(line) } }, isTerminal: false)
        #expect(PreviewSession.run(request, environment: [:], console: console) == 64)
        #expect(errors.withLock { $0 }.contains { $0.contains("is not a folder") })
    }

    @Test func aHostThatIsNoIPv4AddressIsABadArgument() {
        var request = ServeRequest()
        request.build.source = FileManager.default.temporaryDirectory.path
        request.host = "localhost:80"
        let errors = Mutex<[String]>([])
        let console = Console(out: { _ in }, error: { line in errors.withLock { $0.append(line) } }, isTerminal: false)
        #expect(PreviewSession.run(request, environment: [:], console: console) == 64)
        #expect(errors.withLock { $0 }.contains { $0.contains("is not an IPv4 address") })
        #expect(PreviewSession.isIPv4("0.0.0.0") && PreviewSession.isIPv4("127.0.0.1"))
    }

    @Test func theDefaultsListOnTheLoopbackAddressOnPort1313() {
        let request = ServeRequest()
        #expect(request.host == "127.0.0.1")
        #expect(request.port == 1313)
    }

    @Test func theWatchedFoldersAreTheOnesABuildReads() {
        #expect(PreviewSession.watchedFolders == ["content", "themes", "templates", "i18n"])
    }
}
