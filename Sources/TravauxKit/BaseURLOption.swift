import Corpus

/// The public address a build publishes under, for preview deploys: `--base-url`, else
/// the environment's `TRAVAUX_BASE_URL`, else `base_url` of site.yml. One piece, so every
/// command that builds (`build`, `check`, and later `serve`) reads it the same way.
public enum BaseURLOption {
    /// The environment variable that sets it.
    public static let environmentVariable = "TRAVAUX_BASE_URL"

    /// The address to publish under instead of site.yml's, or `nil` to keep it; checked as
    /// site.yml's `base_url` is (an absolute http(s) address), a bad one a ``UsageError``.
    public static func resolve(flag: String?, environment: [String: String]) throws -> String? {
        let (value, origin): (String?, String) = if let flag {
            (flag, "--base-url")
        } else {
            (environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 }, environmentVariable)
        }
        guard let value else { return nil }
        if let problem = SiteConfig.problem(baseURL: value) {
            throw UsageError("\(origin) '\(value)' \(problem); give the address the site is published at, such as https://example.org/preview/")
        }
        return value
    }
}
