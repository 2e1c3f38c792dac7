import Foundation
import Testing
@testable import Output

@Suite struct LeftoverTests {
    @Test func namesTheFoldersOfAProcessAndReadsThemBack() {
        #expect(Leftover.stagingName(of: "public", process: 42) == ".public.staging-42")
        #expect(Leftover.asideName(of: "public", process: 42) == ".public.old-42")
        #expect(Leftover.process(of: ".public.staging-42", output: "public") == 42)
        #expect(Leftover.process(of: ".public.old-7", output: "public") == 7)
        #expect(Leftover.process(of: ".public.staging-", output: "public") == nil)
        #expect(Leftover.process(of: ".public.staging-4x", output: "public") == nil)
        #expect(Leftover.process(of: ".site.staging-42", output: "public") == nil)
        #expect(Leftover.process(of: ".public.staging-99999999999999999999", output: "public") == nil)
    }

    @Test func tellsARunningProcessFromOneThatEnded() throws {
        #expect(Leftover.isRunning(ProcessInfo.processInfo.processIdentifier))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        #expect(!Leftover.isRunning(process.processIdentifier))
    }
}
