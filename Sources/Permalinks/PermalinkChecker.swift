import Addressing
import Corpus
import Diagnostics

/// The permanence check: every address in `content/anchors.lock` is still published or is
/// redirected (docs/design.md, *Anchors*); every redirect leads somewhere that exists.
public enum PermalinkChecker {
    public static let lockPath = "content/anchors.lock"
    public static let redirectsPath = "content/redirects.yml"

    /// Checks `published` (every `/path/` and `/path/#anchor` the new site has) against the lock and redirects.
    /// `reserved` names the files (`/feed.xml`) and folders (`/assets/`) the site writes that
    /// are not pages: no redirect page may go there.
    public static func check(
        published: Set<String>, lock: [LockedAddress], redirects: [Redirect], reserved: [String] = []
    ) -> (PermalinkPlan, [Diagnostic]) {
        var log = DiagnosticLog()
        var plan = PermalinkPlan()
        var redirectTargets: [String: String] = [:]
        for redirect in normalized(redirects, log: &log) {
            if published.contains(redirect.from) {
                log.error(redirectsPath, line: redirect.line, "\(redirect.quoted) is still published, so it cannot redirect; remove this line")
                continue
            }
            let page = split(redirect.from).0
            if let taken = reserved.first(where: { $0.hasSuffix("/") ? page.hasPrefix($0) : page.hasPrefix($0 + "/") }) {
                log.error(redirectsPath, line: redirect.line, "\(redirect.quoted) would put a page where the site writes \(taken); redirect only addresses of pages")
                continue
            }
            guard published.contains(redirect.to) else {
                log.error(redirectsPath, line: redirect.line, "the redirect of \(redirect.quoted) leads to '\(redirect.to)', which the site does not publish; point it at an existing page or anchor")
                continue
            }
            redirectTargets[redirect.from] = redirect.to
            let (path, fragment) = split(redirect.from)
            if let fragment {
                plan.fragmentMoves[path, default: [:]][fragment] = redirect.to
            } else {
                plan.redirectPages[path] = redirect.to
            }
        }
        for entry in lock where !published.contains(entry.address) && redirectTargets[entry.address] == nil {
            let address = entry.address
            // A fragment of a page that moved as a whole follows its page.
            let (path, fragment) = split(address)
            if let fragment, let newPage = redirectTargets[path], split(newPage).1 == nil,
               published.contains(newPage + "#" + fragment) {
                continue
            }
            log.error(lockPath, line: entry.line, "published address '\(address)' is gone: restore it, or map it to its new place in \(redirectsPath) ('\(address)': '/new/path/#anchor')")
        }
        // Pages that moved keep their fragments working through the redirect page's script.
        for (path, target) in plan.redirectPages {
            for address in lock.map(\.address) where address.hasPrefix(path + "#") {
                let fragment = String(address.dropFirst(path.count + 1))
                if plan.fragmentMoves[path]?[fragment] == nil {
                    plan.fragmentMoves[path, default: [:]][fragment] = target + "#" + fragment
                }
            }
        }
        return (plan, log.sorted)
    }

    /// The redirects whose both addresses are site addresses, normalised
    /// (``Addressing/SiteAddress``); the others, and a second spelling of one address, are errors.
    static func normalized(_ redirects: [Redirect], log: inout DiagnosticLog) -> [Redirect] {
        var result: [Redirect] = []
        var lines: [String: Int] = [:]
        for redirect in redirects {
            let (source, target) = (SiteAddress.normalize(redirect.from), SiteAddress.normalize(redirect.to))
            for case .failure(let problem) in [source, target] {
                log.error(redirectsPath, line: redirect.line, problem.description)
            }
            guard case .success(let from) = source, case .success(let to) = target else { continue }
            if let first = lines[from] {
                log.error(redirectsPath, line: redirect.line, "'\(redirect.from)' is the same address as the key on line \(first) ('\(from)'); keep one of the two lines")
                continue
            }
            lines[from] = redirect.line
            result.append(Redirect(from: from, to: to, line: redirect.line, written: redirect.from))
        }
        return result
    }

    /// The new lock: every address locked or published, sorted. (Separate from ``check``: a
    /// large record publishes hundreds of thousands of addresses, and sorting them can run
    /// while the site renders.)
    public static func updatedLock(published: Set<String>, lock: [LockedAddress]) -> [String] {
        // Usually nothing was added: the lock (kept sorted) is then the answer as it is.
        let addresses = lock.map(\.address)
        let locked = Set(addresses)
        let sorted = zip(addresses, addresses.dropFirst()).allSatisfy { $0 < $1 }
        if sorted, locked.count == addresses.count, published.isSubset(of: locked) {
            return addresses
        }
        return Array(locked.union(published)).sorted()
    }

    /// The text of `content/anchors.lock` for `addresses`.
    public static func lockFile(_ addresses: [String]) -> String {
        "# Every address this site has published. Written by travaux build; commit it.\n"
            + "# An address listed here must stay, or be mapped in content/redirects.yml.\n"
            + addresses.joined(separator: "\n") + "\n"
    }

    /// `/a/b/#x` gives `/a/b/` and `x`.
    static func split(_ address: String) -> (String, String?) {
        let parts = address.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        return (String(parts[0]), parts.count > 1 ? String(parts[1]) : nil)
    }
}
