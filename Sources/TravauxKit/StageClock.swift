import Dispatch
import Foundation

/// Measures how long each stage took and the memory held after it, for `--timings`
/// (never written to the site).
struct StageClock {
    private var last = DispatchTime.now()
    private var lastCPU = Self.cpuSeconds()
    private(set) var laps: [BuildReport.Timing] = []

    mutating func lap(_ stage: String) {
        let now = DispatchTime.now()
        let cpu = Self.cpuSeconds()
        laps.append(.init(
            stage: stage,
            seconds: Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9,
            cpuSeconds: cpu - lastCPU,
            residentMiB: Self.residentMiB()
        ))
        (last, lastCPU) = (now, cpu)
    }

    /// Adds a stage that ran alongside others (on another thread), timed by itself.
    mutating func record(_ stage: String, _ lap: Lap) {
        laps.append(.init(stage: stage, seconds: lap.seconds, cpuSeconds: nil, residentMiB: nil))
    }

    /// The wall time of work done on another thread, for ``record(_:_:)``.
    struct Lap: Sendable {
        private var start: UInt64
        private(set) var seconds = 0.0

        static func start() -> Lap { Lap(start: DispatchTime.now().uptimeNanoseconds) }

        /// The lap, ended now.
        func finish() -> Lap {
            var lap = self
            lap.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            return lap
        }
    }

    /// The CPU time the process has used so far, user and system, on all its threads.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The process's resident memory now, from /proc (nil where there is none).
    static func residentMiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1024
    }
}
