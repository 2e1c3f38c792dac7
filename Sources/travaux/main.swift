import ArgumentParser
import Diagnostics
import Foundation
import Serve
import TravauxKit

/// `travaux`: builds the website of a treaty negotiation record from its Markdown content.
@main
struct TravauxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "travaux",
        abstract: "Build the website of a treaty negotiation record: drafts, positions, citable anchors.",
        version: Travaux.version,
        subcommands: [Build.self, Check.self, ServeCommand.self, New.self, Version.self],
        defaultSubcommand: Build.self
    )
}

/// The options `build`, `check` and `serve` share.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder, holding content/.")
    var source: String = "."

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .long, help: "Publish under this address instead of base_url of site.yml (env TRAVAUX_BASE_URL; the flag wins).")
    var baseURL: String?

    @Flag(name: .long, help: "Include documents with 'published: false' or a date after today (a preview; the lock is not updated).")
    var includeUnpublished = false

    @Option(name: .long, help: "How to print problems: plain (path:line: error: ...) or github (annotations); default github when GITHUB_ACTIONS=true.")
    var diagnostics: DiagnosticFormat?

    @Flag(name: .long, help: "Print no progress line and no summary (problems are still printed).")
    var quiet = false

    var request: BuildRequest {
        var request = BuildRequest()
        request.source = source
        request.strict = strict
        request.baseURL = baseURL
        request.includeUnpublished = includeUnpublished
        request.diagnostics = diagnostics
        request.quiet = quiet
        return request
    }
}

/// `travaux build`.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render content/ into a static site (default: <source>/public).")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The output folder (default: <source>/public).")
    var output: String?

    @Flag(name: .long, help: "Print how long each stage took.")
    var timings = false

    @Flag(name: .long, help: "Replace an output folder that holds files travaux did not write (never one holding the sources).")
    var force = false

    func run() throws {
        var request = site.request
        request.output = output
        request.timings = timings
        request.force = force
        let status = Commands.build(request)
        if status != 0 { throw ExitCode(status) }
    }
}

/// `travaux check`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check references, the anchor lock, redirects, and every internal link and fragment of the built site."
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        let status = Commands.check(site.request)
        if status != 0 { throw ExitCode(status) }
    }
}

/// `travaux serve`.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site into memory, serve it at http://127.0.0.1:1313/ and rebuild it on every change, reloading the open pages."
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The address to listen on (127.0.0.1: only this machine).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port: UInt16 = 1313

    @Flag(name: .long, help: "Print how long each stage of each build took.")
    var timings = false

    func run() throws {
        var request = ServeRequest(build: site.request)
        request.build.timings = timings
        request.host = host
        request.port = port
        throw ExitCode(PreviewSession.run(request))
    }
}

/// `travaux new`.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a site (travaux new site <folder>) or a content file: a draft, position, stakeholder or page."
    )

    @Argument(help: "What to create: site, draft, position, stakeholder or page.")
    var kind: Scaffold.Kind

    @Argument(help: "The new site's folder, or the document's id: lowercase letters, digits and '-' (it becomes the file name and the URL).")
    var name: String

    @Option(name: .long, help: "The site folder, holding content/ (not for 'new site').")
    var source: String = "."

    @Option(name: .long, help: "The title (a stakeholder's name); default: made from the id.")
    var title: String?

    @Option(name: .long, help: "The date, YYYY, YYYY-MM or YYYY-MM-DD; default: today.")
    var date: String?

    @Option(name: .long, help: "A position's stakeholder id (required for a position; repeat it for a joint document).")
    var stakeholder: [String] = []

    @Option(name: .long, help: "The draft a position comments on (its id).")
    var draft: String?

    func run() throws {
        var request = ScaffoldRequest(kind: kind, name: name)
        request.source = source
        request.title = title
        request.date = date
        request.stakeholders = stakeholder
        request.draft = draft
        let status = Commands.new(request)
        if status != 0 { throw ExitCode(status) }
    }
}

/// `travaux version`.
struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the version of travaux.")

    func run() {
        print(Travaux.version)
    }
}

extension Scaffold.Kind: ExpressibleByArgument {}
extension DiagnosticFormat: ExpressibleByArgument {}
