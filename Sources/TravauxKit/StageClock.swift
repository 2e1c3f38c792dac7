import Dispatch
import Foundation

/// Measures how long each stage took and the memory held after it, for `--timings`
/// (never written to the site).
struct StageClock {
    private var last = DispatchTime.now()
    private(set) var laps: [BuildReport.Timing] = []

    mutating func lap(_ stage: String) {
        let now = DispatchTime.now()
        laps.append(.init(stage: stage, seconds: Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9, residentMiB: Self.residentMiB()))
        last = now
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
