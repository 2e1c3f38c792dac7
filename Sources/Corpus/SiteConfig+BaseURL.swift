import Foundation

extension SiteConfig {
    /// What is wrong with `baseURL` as the public address of a site, or `nil` when it is a
    /// valid absolute http(s) address (a missing final `/` is added, not a problem). The one
    /// rule for `base_url` in site.yml, `--base-url` and `TRAVAUX_BASE_URL`.
    public static func problem(baseURL: String) -> String? {
        guard baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://") else {
            return "must be an absolute address starting with https:// (or http://)"
        }
        if let bad = baseURL.unicodeScalars.first(where: { $0.value <= 0x20 || $0.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains($0) }) {
            return "holds \(bad.value <= 0x20 ? "a space or control character" : "'\(bad)'"), which an address cannot; percent-encode it"
        }
        guard let components = URLComponents(string: baseURL), let host = components.host, !host.isEmpty else {
            return "is not a valid address (no host name after the scheme)"
        }
        if components.user != nil || components.password != nil {
            return "holds a user name or password, which would be published in every page"
        }
        if components.query != nil || components.fragment != nil {
            return "has a query string or fragment ('?' or '#'), which page addresses cannot follow"
        }
        return nil
    }

    /// The site's public address replaced by `baseURL` (a valid address; a final `/` is
    /// added when missing), for preview deploys (`--base-url`).
    public mutating func override(baseURL: String) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }
}
