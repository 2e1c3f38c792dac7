import ArgumentParser
import Foundation
import TravauxKit

/// `travaux`: builds the website of a treaty negotiation record from its Markdown content.
@main
struct TravauxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "travaux",
        abstract: "Build the website of a treaty negotiation record: drafts, positions, citable anchors.",
        subcommands: [Build.self, Check.self, New.self],
        defaultSubcommand: Build.self
    )

    /// Sets the process up (``HugePages``), then runs the command the arguments name.
    static func main() {
        HugePages.enable()
        main(nil)
    }
}

/// `travaux build`.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render content/ into a static site (default: <source>/public).")

    @Option(name: .long, help: "The site folder, holding content/.")
    var source: String = "."

    @Option(name: .long, help: "The output folder (default: <source>/public).")
    var output: String?

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Print how long each stage took.")
    var timings = false

    @Flag(name: .long, help: "Replace an output folder that holds files travaux did not write (never one holding the sources).")
    var force = false

    func run() throws {
        let options = BuildOptions(
            source: URL(fileURLWithPath: source),
            output: output.map { URL(fileURLWithPath: $0) },
            strict: strict,
            force: force
        )
        let report: BuildReport
        do {
            report = try Travaux.build(options)
        } catch {
            printError("\(error)")
            throw ExitCode(Travaux.exitStatus(for: error))
        }
        for diagnostic in report.diagnostics {
            printError(diagnostic.description)
        }
        for note in report.notes {
            printError(note)
        }
        if timings {
            for timing in report.timings {
                let memory = timing.residentMiB.map { ", \($0) MiB resident" } ?? ""
                let cpu = timing.cpuSeconds.map { String(format: ", %.2f CPU s", $0) } ?? ""
                printError("travaux: \(timing.stage): \(String(format: "%.3f", timing.seconds)) s\(cpu)\(memory)")
            }
        }
        if report.failed(strict: strict) {
            printError("travaux: build failed with \(report.failures(strict: strict)) error(s); \(options.output.path) was left unchanged")
            throw ExitCode(1)
        }
        print("travaux: wrote \(report.files) files to \(options.output.path)")
    }
}

/// `travaux check`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check references, the anchor lock, redirects, and every internal link and fragment of the built site."
    )

    @Option(name: .long, help: "The site folder, holding content/.")
    var source: String = "."

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let report: BuildReport
        do {
            report = try Travaux.check(source: URL(fileURLWithPath: source), strict: strict)
        } catch {
            printError("\(error)")
            throw ExitCode(Travaux.exitStatus(for: error))
        }
        for diagnostic in report.diagnostics {
            printError(diagnostic.description)
        }
        let failures = report.failures(strict: strict)
        if !report.published || failures > 0 {
            printError("travaux: check failed with \(failures) problem(s)")
            throw ExitCode(1)
        }
        let warnings = report.diagnostics.count
        print("travaux: check passed\(warnings > 0 ? " with \(warnings) warning(s)" : "")")
    }
}

/// `travaux new`.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Scaffold a content file: a draft, position or stakeholder.")

    @Argument(help: "What to create: draft, position or stakeholder.")
    var kind: Scaffold.Kind

    @Argument(help: "The id: lowercase letters, digits and '-' (it becomes the file name and the URL).")
    var id: String

    @Option(name: .long, help: "The site folder, holding content/.")
    var source: String = "."

    func validate() throws {
        guard Scaffold.isValidID(id) else {
            throw ValidationError("'\(id)' is not an id: use lowercase ASCII letters, digits and '-'")
        }
    }

    func run() throws {
        do {
            let path = try Scaffold.create(kind, id: id, in: URL(fileURLWithPath: source))
            print("travaux: created \(path)")
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
    }
}

extension Scaffold.Kind: ExpressibleByArgument {}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
