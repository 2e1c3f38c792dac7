import Diagnostics

/// What a build did: its diagnostics and, when it published, how much.
public struct BuildReport: Sendable {
    /// Every diagnostic, sorted by file and line.
    public var diagnostics: [Diagnostic]
    /// Whether the output folder was replaced with the new site.
    public var published: Bool
    /// Number of files written.
    public var files: Int
    /// How long each stage took, in order.
    public var timings: [Timing] = []
    /// Things to tell the user that are not about the content (a previous site that could
    /// not be deleted, say), each a whole line.
    public var notes: [String] = []

    /// The duration of one stage, the CPU time all threads spent in it, and the memory the
    /// process held after it (neither for a stage that ran alongside others).
    public struct Timing: Sendable {
        public var stage: String
        public var seconds: Double
        public var cpuSeconds: Double?
        public var residentMiB: Int?
    }

    /// Whether the build failed: it did not publish, or a diagnostic fails it
    /// (``Diagnostics/Diagnostic/fails(strict:)``).
    public func failed(strict: Bool) -> Bool {
        !published || failures(strict: strict) > 0
    }

    /// How many diagnostics fail the build (errors; with `strict`, warnings too).
    public func failures(strict: Bool) -> Int {
        diagnostics.count { $0.fails(strict: strict) }
    }
}

extension BuildReport {
    /// The report of a build that stopped before publishing, with `diagnostics`.
    public init(failed diagnostics: [Diagnostic]) {
        self.init(diagnostics: diagnostics, published: false, files: 0)
    }
}
