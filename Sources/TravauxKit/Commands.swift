import Diagnostics
import Foundation

/// The commands of the `travaux` executable, which only parses arguments and calls one of
/// these: each prints its diagnostics and result on a ``Console`` and returns the exit
/// status (0 success, 1 content errors, 64 bad arguments).
public enum Commands {
    /// `travaux build`.
    public static func build(
        _ request: BuildRequest, environment: [String: String] = ProcessInfo.processInfo.environment, console: Console = .standard
    ) -> Int32 {
        let format = request.format(environment: environment)
        let options: BuildOptions
        let report: BuildReport
        do {
            options = try request.options(environment: environment, terminal: console.isTerminal)
            report = try Travaux.build(options)
        } catch {
            console.error(format.line(error: "\(error)"))
            return Travaux.exitStatus(for: error)
        }
        printDiagnostics(report, request, format: format, environment: environment, console: console)
        if request.timings { printTimings(report, console: console) }
        if report.failed(strict: request.strict) {
            console.error(format.line(error: "travaux: build failed with \(report.failures(strict: request.strict)) error(s); \(options.output.path) was left unchanged"))
            return 1
        }
        if !request.quiet { console.out("travaux: wrote \(report.files) files to \(options.output.path)") }
        return 0
    }

    /// `travaux check`.
    public static func check(
        _ request: BuildRequest, environment: [String: String] = ProcessInfo.processInfo.environment, console: Console = .standard
    ) -> Int32 {
        let format = request.format(environment: environment)
        let report: BuildReport
        do {
            report = try Travaux.check(try request.options(environment: environment, terminal: console.isTerminal))
        } catch {
            console.error(format.line(error: "\(error)"))
            return Travaux.exitStatus(for: error)
        }
        printDiagnostics(report, request, format: format, environment: environment, console: console)
        let failures = report.failures(strict: request.strict)
        if !report.published || failures > 0 {
            console.error(format.line(error: "travaux: check failed with \(failures) problem(s)"))
            return 1
        }
        let warnings = report.diagnostics.count
        if !request.quiet { console.out("travaux: check passed\(warnings > 0 ? " with \(warnings) warning(s)" : "")") }
        return 0
    }

    /// `travaux new site <folder>`, or `travaux new <kind> <id>`.
    public static func new(_ request: ScaffoldRequest, console: Console = .standard) -> Int32 {
        do {
            for path in try Scaffold.create(request) { console.out("travaux: created \(path)") }
            if request.kind == .site {
                console.out("travaux: next: travaux build --source \(request.name) --strict, then open \(request.name)/public/index.html")
            }
            return 0
        } catch {
            console.error("\(error)")
            return (error as? Scaffold.ScaffoldError)?.exitStatus ?? 1
        }
    }

    /// Prints the diagnostics and notes of a build as `build` does (`travaux serve` too).
    public static func printDiagnostics(
        _ report: BuildReport, _ request: BuildRequest, format: DiagnosticFormat, environment: [String: String], console: Console
    ) {
        let folder = request.repositoryFolder(environment: environment)
        for diagnostic in report.diagnostics { console.error(format.line(diagnostic, folder: folder)) }
        for note in report.notes { console.error(note) }
    }

    /// Prints how long each stage of a build took, as `build --timings` does (`serve --timings` too).
    public static func printTimings(_ report: BuildReport, console: Console) {
        for timing in report.timings {
            let memory = timing.residentMiB.map { ", \($0) MiB resident" } ?? ""
            let cpu = timing.cpuSeconds.map { String(format: ", %.2f CPU s", $0) } ?? ""
            console.error("travaux: \(timing.stage): \(String(format: "%.3f", timing.seconds)) s\(cpu)\(memory)")
        }
    }
}
