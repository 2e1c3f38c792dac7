import Corpus
import Diagnostics
import Foundation

/// What `travaux build` or `travaux check` was asked, as the command line gave it; turned
/// into ``BuildOptions`` with the environment (``options(environment:)``).
public struct BuildRequest: Sendable {
    /// The site folder as given (diagnostics in the `github` format are prefixed with it).
    public var source = "."
    public var output: String?
    public var strict = false
    public var timings = false
    public var force = false
    /// No progress display and no summary line (diagnostics are still printed).
    public var quiet = false
    /// `nil`: chosen from the environment (``DiagnosticFormat/automatic(environment:)``).
    public var diagnostics: DiagnosticFormat?
    /// `--base-url`: wins over `TRAVAUX_BASE_URL`, which wins over site.yml.
    public var baseURL: String?
    public var includeUnpublished = false

    public init() {}

    /// The environment variable that fixes the build's clock (seconds since 1970), as
    /// reproducible builds define it.
    public static let sourceDateEpoch = "SOURCE_DATE_EPOCH"

    /// The options of the build; a bad `--base-url` or `TRAVAUX_BASE_URL` or
    /// `SOURCE_DATE_EPOCH` is a ``UsageError``.
    public func options(environment: [String: String], now: Date = Date(), terminal: Bool = false) throws -> BuildOptions {
        BuildOptions(
            source: URL(fileURLWithPath: source),
            output: output.map { URL(fileURLWithPath: $0) },
            strict: strict,
            force: force,
            baseURL: try BaseURLOption.resolve(flag: baseURL, environment: environment),
            publication: Publication(today: try Self.today(environment: environment, now: now), includeUnpublished: includeUnpublished),
            showProgress: terminal && !quiet
        )
    }

    /// The build's day: `SOURCE_DATE_EPOCH` when set, else `now`, in UTC.
    static func today(environment: [String: String], now: Date) throws -> PartialDate {
        guard let epoch = environment[sourceDateEpoch], !epoch.isEmpty else { return Publication.day(of: now) }
        guard let seconds = Int(epoch), seconds >= 0 else {
            throw UsageError("\(sourceDateEpoch) '\(epoch)' is not a number of seconds since 1970-01-01; unset it or give one, such as 1735689600")
        }
        return Publication.day(of: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The format diagnostics are printed in.
    public func format(environment: [String: String]) -> DiagnosticFormat {
        diagnostics ?? DiagnosticFormat.automatic(environment: environment)
    }

    /// The site folder as a path from the repository root, for GitHub's annotations: as
    /// given, or, when absolute, relative to `GITHUB_WORKSPACE` when it lies inside it.
    func repositoryFolder(environment: [String: String]) -> String {
        guard source.hasPrefix("/"), let workspace = environment["GITHUB_WORKSPACE"], !workspace.isEmpty else { return source }
        let root = workspace.hasSuffix("/") ? workspace : workspace + "/"
        if source + "/" == root { return "." }
        return source.hasPrefix(root) ? String(source.dropFirst(root.count)) : source
    }
}
