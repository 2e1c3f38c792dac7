import Corpus
import Diagnostics
import Foundation
import Permalinks
import Synchronization

/// The `yaml` target: the input is each YAML file of a site, read by the real
/// ``ContentLoader`` from a temporary site folder.
///
/// Two loads per input: one with the input as `content/site.yml`, one with a valid
/// `site.yml` (the others are read only when it is) and the input as `sessions.yml`,
/// `concordance.yml` and `redirects.yml` at once, with a fixed `anchors.lock`. The
/// redirects loaded then go through ``PermalinkChecker`` against a fixed set of published
/// addresses. The folders are made once per process and reused under a lock.
enum YAMLTarget {
    /// The temporary site folders of this process.
    private struct Sites: Sendable {
        /// Holds both sites; removed when the process exits.
        var root: URL
        /// The site whose `site.yml` is the input.
        var siteInput: URL
        /// The site whose other YAML files are the input.
        var filesInput: URL
    }

    /// The folders, made on first use; the lock also keeps two inputs from sharing them at once.
    private static let sites = Mutex<Sites?>(nil)

    /// A valid `site.yml`, so the loader goes on to the redirects and the concordance.
    static let siteYAML = """
        title: Fuzz record
        base_url: https://example.org/record/
        instrument: Convention on Testing
        external_instruments:
          - Budapest Convention

        """

    /// Addresses the fixed lock holds: some still published, some moved.
    static let lockedAddresses = [
        "/", "/drafts/zero-draft/", "/drafts/zero-draft/#art_4bis", "/drafts/zero-draft/#art_4bis__point_a",
        "/drafts/zero-draft/#art_24", "/positions/old-q/", "/positions/old-q/#p_1", "/positions/old-q/#p_2",
        "/pages/about/",
    ]

    /// Addresses the site publishes, for the permalink check.
    static let published: Set<String> = [
        "/", "/drafts/zero-draft/", "/drafts/zero-draft/#art_5", "/drafts/zero-draft/#art_5__point_a",
        "/drafts/zero-draft/#art_24", "/positions/new-q/", "/positions/new-q/#p_1", "/positions/new-q/#p_2",
        "/pages/about-the-record/", "/search/",
    ]

    /// Makes the temporary site folders before the first input.
    static func prepare() {
        sites.withLock { state in _ = folders(&state) }
    }

    /// Runs the target on one input: the YAML files of a site.
    static func run(_ input: [UInt8]) {
        sites.withLock { state in
            let sites = folders(&state)
            let data = Data(input)
            write(data, to: sites.siteInput, "content/site.yml")
            _ = try? ContentLoader(siteDirectory: sites.siteInput).load()

            for name in ["sessions.yml", "concordance.yml", "redirects.yml"] {
                write(data, to: sites.filesInput, "content/" + name)
            }
            guard let result = try? ContentLoader(siteDirectory: sites.filesInput).load(),
                  let corpus = result.corpus
            else {
                fatalError("fuzz check failed: the fixed site.yml did not load")
            }
            let (plan, _) = PermalinkChecker.check(published: published, lock: corpus.anchorLock, redirects: corpus.redirects)
            for (page, target) in plan.redirectPages {
                FuzzCheck.expect(published.contains(target), "the redirect page \(page) leads to \(target), which is not published")
            }
            _ = PermalinkChecker.lockFile(PermalinkChecker.updatedLock(published: published, lock: corpus.anchorLock))
        }
    }

    /// The site folders, made on first use (in the system's temporary folder, one per
    /// process, removed when the process exits normally).
    private static func folders(_ state: inout Sites?) -> Sites {
        if let state { return state }
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("travaux-fuzz-yaml-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        let sites = Sites(root: root, siteInput: root.appendingPathComponent("site-input"), filesInput: root.appendingPathComponent("files-input"))
        do {
            for site in [sites.siteInput, sites.filesInput] {
                try FileManager.default.createDirectory(at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
            }
        } catch {
            fatalError("travaux-fuzz: cannot create the temporary site folder \(root.path): \(error)")
        }
        write(Data(siteYAML.utf8), to: sites.filesInput, "content/site.yml")
        let lock = "# The fixed lock of the fuzz site.\n" + lockedAddresses.joined(separator: "\n") + "\n"
        write(Data(lock.utf8), to: sites.filesInput, "content/anchors.lock")
        atexit {
            YAMLTarget.sites.withLock { state in
                if let root = state?.root { try? FileManager.default.removeItem(at: root) }
            }
        }
        state = sites
        return sites
    }

    private static func write(_ data: Data, to site: URL, _ relativePath: String) {
        do {
            try data.write(to: site.appendingPathComponent(relativePath))
        } catch {
            fatalError("travaux-fuzz: cannot write \(relativePath) in \(site.path): \(error)")
        }
    }
}
