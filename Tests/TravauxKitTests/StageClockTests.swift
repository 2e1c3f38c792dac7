import Testing
@testable import TravauxKit

@Suite struct StageClockTests {
    @Test func recordsEachStageInOrderWithTheMemoryHeldAfterIt() {
        var clock = StageClock()
        clock.lap("load")
        clock.lap("render")
        #expect(clock.laps.map(\.stage) == ["load", "render"])
        #expect(clock.laps.allSatisfy { $0.seconds >= 0 })
        #expect(StageClock.residentMiB() != nil, "Linux reports resident memory in /proc/self/status")
    }
}
