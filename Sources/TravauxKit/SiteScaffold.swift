import Foundation

/// `travaux new site <folder>`: a small site that builds with `--strict` as it is, every
/// setting of site.yml shown with a comment, a session, a stakeholder, a draft, a position
/// that cites it, a page, and a GitHub Actions workflow that builds, checks and deploys it
/// to GitHub Pages. The folder must not exist or be empty: nothing is ever overwritten.
enum SiteScaffold {
    /// Creates the site in `folder`; returns the paths written, `folder/` in front.
    static func create(in folder: String) throws -> [String] {
        let url = URL(fileURLWithPath: folder)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Scaffold.ScaffoldError.usage("\(folder) is a file; give the name of a new folder for the site")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            guard entries.isEmpty else {
                throw Scaffold.ScaffoldError.usage("\(folder) is not empty; give a new or empty folder (travaux new never overwrites files)")
            }
        }
        var written: [String] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            try Scaffold.write(text, to: path, in: url)
            written.append(Scaffold.join(folder, path))
        }
        return written
    }

    /// The files of the new site, by path.
    static let files: [String: String] = [
        "content/site.yml": siteYML,
        "content/sessions.yml": sessionsYML,
        "content/stakeholders/example-state.md": stakeholder,
        "content/drafts/first-draft.md": draft,
        "content/positions/example-state-first-draft.md": position,
        "content/pages/about.md": page,
        ".github/workflows/travaux.yml": workflow,
        ".gitignore": "/public/\n",
    ]

    static let siteYML = """
        # The settings of this Travaux site (docs/content-format.md, "site.yml").
        # title and base_url are required; every other field is optional and shows its default
        # or an example.

        # The site's name, on every page.
        title: Negotiation record

        # The public address of the site: canonical links, the sitemap, the feed and citations
        # use it. A preview deploy overrides it with --base-url or TRAVAUX_BASE_URL.
        base_url: https://example.org/record/

        # The language of the content (a BCP 47 tag).
        language: en

        # One sentence, on the home page and in page descriptions.
        description: The drafts, positions and sessions of the negotiation, every provision with a citable address.

        # The name of the negotiated text.
        instrument: Convention on Example Matters

        # Other treaties and documents: an article reference in a sentence that names one of
        # them ("Article 9 of the Basel Convention") is not linked to the drafts.
        external_instruments:
          - Basel Convention
          - Vienna Convention on the Law of Treaties

        # The theme: a folder of themes/, or the one built into Travaux.
        theme: default

        # true lets authors' raw HTML through to the pages: only for a site whose every author you trust.
        raw_html: false

        """

    static let sessionsYML = """
        # The negotiating sessions and meetings (docs/content-format.md, "sessions.yml").
        - id: first-session
          title: First session of the negotiating committee
          kind: session
          start: "2024-01-15"
          end: "2024-01-26"
          place: Vienna
          description: The committee read the first draft article by article.

        """

    static let stakeholder = """
        ---
        name: Republic of Example
        short: Example
        kind: member-state
        ---
        A state taking part in the negotiation.

        """

    static let draft = """
        ---
        title: First draft
        date: "2024-01"
        symbol: A/AC.000/1
        session: first-session
        status: draft
        ---
        # Preamble
        The States Parties to this Convention,

        *Recognizing* the need for cooperation on example matters,

        *Determined* to prevent and combat the harm they cause,

        # Chapter I. General provisions
        ## Article 1. Statement of purpose
        1. The purposes of this Convention are:
           (a) To promote and strengthen measures on example matters;
           (b) To promote international cooperation.
        2. Nothing in this Convention shall affect the rights of States Parties under international law.

        ## Article 2. Use of terms
        For the purposes of this Convention:
        (a) "Example system" shall mean any device or group of devices;
        (b) "Example data" shall mean any representation of facts.

        """

    static let position = """
        ---
        title: Statement on the first draft
        stakeholder: example-state
        date: "2024-01-16"
        kind: statement
        draft: first-draft
        session: first-session
        stances:
          - article: "1"
            stance: support
            note: Welcomes the statement of purpose.
          - article: "2"
            stance: amend
            note: The definitions should be narrower.
        ---
        The Republic of Example welcomes the first draft and supports Article 1(1)(a).

        The definitions of Article 2 are too broad: point (a) would cover any device. They should follow Article 9 of the Basel Convention, which is not a provision of this draft.

        ```proposal art_2__point_a
        "Example system" shall mean any device that processes example data;
        ```

        """

    static let page = """
        ---
        title: About this record
        description: What this site holds and how to cite it.
        ---
        This site is the record of the negotiation: every draft, with an address for each article, paragraph and point; the positions of the delegations, with their references linked to the drafts; and the sessions.

        Every provision and every paragraph of a position has a permanent address: use "copy link" or "cite" beside it. The whole record is also published as data, in `/data/corpus.json`.

        """

    static let workflow = """
        # Builds this Travaux site, checks it (travaux check --strict), and publishes it to GitHub
        # Pages. In the repository's settings, choose Pages > Source: GitHub Actions. Pull
        # requests are built and checked (problems show as annotations on the lines at fault),
        # not deployed.
        name: travaux

        on:
          push:
            branches: [main]
          pull_request:
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages-${{ github.ref }}
          cancel-in-progress: true

        env:
          # Where Travaux's sources are (owner/name on GitHub), and the branch or tag to build.
          TRAVAUX_REPOSITORY: travaux/travaux
          TRAVAUX_REF: main

        jobs:
          build:
            runs-on: ubuntu-24.04
            # The Swift toolchain; libcmark-gfm is installed below.
            container: swift:6.3-noble
            steps:
              - uses: actions/checkout@v4
              - name: Check out Travaux
                uses: actions/checkout@v4
                with:
                  repository: ${{ env.TRAVAUX_REPOSITORY }}
                  ref: ${{ env.TRAVAUX_REF }}
                  path: .travaux
              - name: Install libcmark-gfm
                run: apt-get update -qq && apt-get install -y -qq pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
              - name: Cache the build of Travaux
                uses: actions/cache@v4
                with:
                  path: .travaux/.build
                  key: travaux-${{ runner.os }}-${{ hashFiles('.travaux/Package.resolved', '.travaux/Sources/**', '.travaux/themes/**') }}
              - name: Build Travaux
                run: swift build -c release --package-path .travaux --product travaux
              - name: Configure Pages
                id: pages
                if: github.event_name != 'pull_request'
                uses: actions/configure-pages@v5
              # On GitHub Actions, errors and warnings are printed as annotations
              # (--diagnostics github is chosen by itself). The Pages address replaces
              # base_url of site.yml (an empty one keeps it).
              - name: Build the site
                env:
                  TRAVAUX_BASE_URL: ${{ steps.pages.outputs.base_url }}
                run: .travaux/.build/release/travaux build --strict
              - name: Check every link and anchor
                env:
                  TRAVAUX_BASE_URL: ${{ steps.pages.outputs.base_url }}
                run: .travaux/.build/release/travaux check --strict
              - name: Upload the site
                if: github.event_name != 'pull_request'
                uses: actions/upload-pages-artifact@v3
                with:
                  path: public

          deploy:
            if: github.event_name != 'pull_request'
            needs: build
            runs-on: ubuntu-24.04
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - name: Deploy to GitHub Pages
                id: deployment
                uses: actions/deploy-pages@v4

        """
}
