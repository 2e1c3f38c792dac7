import Addressing
import Compare
import Corpus
import Markdown
import Structure

extension SiteRenderer {
    /// How many passages a matrix cell links to directly; beyond that the cell gives their
    /// number, and its stance links to the article page, which lists them all.
    static let matrixLinkLimit = 3

    /// `/matrix/`: provisions x stakeholders, each cell the stance, the number of passages
    /// and links to them. Complete without script; `matrix.js` adds filtering.
    func matrixPage() -> PageContent {
        let route = here(Route.matrix)
        let matrix = comparison.matrix
        let provisions = comparison.concordance.provisions
        let columns = matrix.columns.map { id in
            MatrixColumn(link: stakeholderLink(id, from: route), kind: index.stakeholders[id]?.source.kind.rawValue ?? "other")
        }
        let rows = matrix.rows.map { row in
            let provision = provisions[row]
            return MatrixRow(
                key: provision.key,
                title: title(provision),
                href: link(route, to: .article(provision.key)),
                numbers: provision.versions.map { articleNumber($0.number) }.joined(separator: " → "),
                drafts: provision.versions.map(\.draftID).joined(separator: " "),
                chapters: provision.versions.compactMap { version in version.chapter.map { "\(version.draftID):\($0.anchor)" } }.joined(separator: " "),
                cells: matrix.columns.map { matrixCell(row, $0, from: route) }
            )
        }
        let kinds = Stakeholder.Kind.allCases.filter { kind in matrix.columns.contains { index.stakeholders[$0]?.source.kind == kind } }
        let chapterGroups = corpus.drafts.reversed().compactMap { draft -> ChapterFilterGroup? in
            let chapters = text(draft).parts.compactMap { part -> FilterOption? in
                guard let anchor = part.anchor else { return nil }
                return FilterOption(value: "\(draft.source.id):\(anchor)", label: Inline.plainText(part.heading))
            }
            return chapters.isEmpty ? nil : ChapterFilterGroup(draft: title(draft.source), chapters: chapters)
        }
        let context = MatrixPageContext(
            columns: columns, rows: rows, hasRows: !rows.isEmpty,
            rowCount: rows.count, columnCount: columns.count,
            provisionCount: provisions.count,
            kinds: kinds.map { FilterOption(value: $0.rawValue, label: label($0)) },
            drafts: corpus.drafts.reversed().map { FilterOption(value: $0.source.id, label: title($0.source)) },
            chapterGroups: chapterGroups,
            csvHref: link(route, to: SiteFile.matrixCSV), jsonHref: link(route, to: SiteFile.matrixJSON),
            concordanceHref: link(route, to: .concordance),
            lead: theme.interface(language).count("matrix_lead", rows.count, [
                "provisions": String(provisions.count), "stakeholders": String(columns.count),
                "csv_href": link(route, to: SiteFile.matrixCSV), "json_href": link(route, to: SiteFile.matrixJSON),
                "concordance_href": link(route, to: .concordance),
            ], html: true)
        )
        let script = "<script src=\"\(route.root)assets/matrix.js\" defer></script>"
        return PageContent(
            template: "matrix", context: context, title: word("matrix"),
            description: word("description_matrix"),
            section: route.page.path, extraHead: script
        )
    }

    /// One cell of the HTML matrix, for the `matrix-cell` partial (a large record has tens of
    /// thousands: links are made only for the few passages a cell shows).
    func matrixCell(_ row: Int, _ stakeholder: String, from route: Route) -> MatrixCell {
        let kind = index.stakeholders[stakeholder]?.source.kind.rawValue ?? "other"
        guard let cell = comparison.matrix.cell(row, stakeholder) else {
            return MatrixCell(
                stakeholder: stakeholder, kind: kind, empty: true, stance: nil, stanceLabel: nil, href: nil, passages: nil, hasPassages: false,
                hasLinks: false, links: [], proposes: false
            )
        }
        let key = comparison.concordance.provisions[row].key
        let hasLinks = !cell.passages.isEmpty && cell.passages.count <= Self.matrixLinkLimit
        let documents = hasLinks ? documentNames(Set(cell.passages.map(\.positionID)).sorted()) : [:]
        let links = !hasLinks ? [] : cell.passages.map { passage in
            PassageLink(
                href: PercentEncoding.encode(link(route, to: .position(passage.positionID), anchor: passage.anchor)),
                label: Self.passageLabel(passage.anchor),
                title: index.bylines[passage.positionID].map { byline in
                    let shown = inReadersLanguage(byline, of: passage.positionID)
                    return "\(shown.title), \(shown.date)"
                } ?? passage.positionID,
                document: documents[passage.positionID]
            )
        }
        return MatrixCell(
            stakeholder: stakeholder, kind: kind, empty: false, stance: cell.label, stanceLabel: stanceLabel(cell.label),
            href: PercentEncoding.encode(link(route, to: .article(key), section: .stakeholder(stakeholder))),
            passages: cell.passages.isEmpty ? nil : count("passages", cell.passages.count), hasPassages: !cell.passages.isEmpty,
            hasLinks: hasLinks, links: links, proposes: !cell.proposals.isEmpty
        )
    }

    /// What tells the documents of one matrix cell apart, by position id: nothing when they
    /// are one document; else each one's month (`Nov 2023`), with its kind where two share
    /// a month (`Briefing, Nov 2023`), and its id where even that is shared.
    func documentNames(_ ids: [String]) -> [String: String] {
        Self.documentNames(ids.map { id in
            (id: id, month: index.positions[id].map { LocalizedDate.short($0.source.date, in: language) }, kind: index.positions[id].map { label($0.source.kind) })
        })
    }

    /// ``documentNames(_:)`` for documents given by id, month and kind (`nil` when unknown):
    /// each name decided from all the names of the step before, so that the result does not
    /// depend on the order of the documents.
    static func documentNames(_ documents: [(id: String, month: String?, kind: String?)]) -> [String: String] {
        guard documents.count > 1 else { return [:] }
        func shared(_ names: [String: String]) -> Set<String> {
            var seen: [String: Int] = [:]
            for name in names.values { seen[name, default: 0] += 1 }
            return Set(seen.filter { $0.value > 1 }.keys)
        }
        var names: [String: String] = [:]
        for document in documents { names[document.id] = document.month ?? document.id }
        let sharedMonths = shared(names)
        for document in documents where sharedMonths.contains(names[document.id]!) {
            names[document.id] = document.kind.map { "\($0), \(names[document.id]!)" } ?? document.id
        }
        let sharedKinds = shared(names)
        for document in documents where sharedKinds.contains(names[document.id]!) { names[document.id] = document.id }
        return names
    }

    /// The data of one non-empty cell, as the CSV and JSON files give it.
    struct MatrixRecord {
        var provision: Provision
        var stakeholder: Stakeholder
        var cell: Matrix.Cell
    }

    /// Every non-empty cell, row by row, columns in matrix order.
    func matrixRecords() -> [MatrixRecord] {
        let matrix = comparison.matrix
        return matrix.rows.flatMap { row in
            matrix.columns.compactMap { stakeholder in
                guard let cell = matrix.cell(row, stakeholder), let profile = index.stakeholders[stakeholder] else { return nil }
                return MatrixRecord(provision: comparison.concordance.provisions[row], stakeholder: profile.source, cell: cell)
            }
        }
    }

    /// The absolute address of a site path (`/positions/x/#p_4`).
    private func absolute(_ path: String) -> String {
        corpus.site.baseURL + path.dropFirst()
    }

    /// `/matrix.csv`: one line per non-empty cell of the matrix (RFC 4180, UTF-8 with a byte
    /// order mark and CRLF line ends, so spreadsheets open it cleanly). `url` is the list of
    /// the cell's passages on the article page; `matrix.json` also lists each passage.
    func matrixCSV() -> String {
        let drafts = corpus.drafts.map(\.source)
        var header = ["provision", "title"]
        header += drafts.map { "article in \($0.id)" }
        header += ["stakeholder", "stakeholder_name", "stakeholder_kind", "stance", "notes", "passages", "proposals", "url"]
        var lines = [header]
        for record in matrixRecords() {
            var line = [record.provision.key, record.provision.title]
            line += drafts.map { record.provision.version(in: $0.id)?.number ?? "" }
            line += [
                record.stakeholder.id, record.stakeholder.name, record.stakeholder.kind.rawValue, record.cell.label,
                record.cell.stances.compactMap(\.note).joined(separator: " | "),
                String(record.cell.passages.count), String(record.cell.proposals.count),
                absolute(Route.article(record.provision.key).address(section: .stakeholder(record.stakeholder.id))),
            ]
            lines.append(line)
        }
        return "\u{FEFF}" + lines.map { $0.map(Self.csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A CSV field: quoted when it holds a comma, quote or line end; a leading `=`, `+`, `-`
    /// or `@` is prefixed with `'` so no spreadsheet reads author text as a formula.
    static func csvField(_ value: String) -> String {
        var value = value
        // Bytes first (a matrix has hundreds of thousands of fields); the first character
        // is compared only when its first byte is one of the six.
        if let byte = value.utf8.first, formulaStarts.contains(byte), let first = value.first, "=+-@\t\r".contains(first) {
            value = "'" + value
        }
        // `,`, `"`, CR and LF are ASCII: in UTF-8, their bytes stand for them alone.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The first bytes of `=`, `+`, `-`, `@`, tab and CR.
    private static let formulaStarts: [UInt8] = Array("=+-@\t\r".utf8)

    /// `/matrix.json`: the drafts, stakeholders and provisions of the matrix and every
    /// non-empty cell with its passages (position id and anchor: the passage is at
    /// `/positions/<position>/#<anchor>`). Written as bytes: a large record has tens of
    /// thousands of cells and hundreds of thousands of passages.
    func matrixJSON() -> [UInt8] {
        /// `[]`, or the elements one per line, indented.
        func list<Element>(_ items: some Collection<Element>, into json: inout JSONWriter, _ element: (inout JSONWriter, Element) -> Void) {
            guard !items.isEmpty else { return json.raw("[]") }
            json.raw("[\n  ")
            for (index, item) in items.enumerated() {
                if index > 0 { json.raw(",\n  ") }
                element(&json, item)
            }
            json.raw("\n]")
        }
        let records = matrixRecords()
        var json = JSONWriter(capacity: 65536 + records.count * 512)
        json.raw("{\n\"drafts\": ")
        list(corpus.drafts, into: &json) { json, draft in
            json.raw("{\"id\":")
            json.string(draft.source.id)
            json.raw(",\"title\":")
            json.string(draft.source.title)
            json.raw(",\"date\":")
            json.string(draft.source.date.iso)
            if let symbol = draft.source.symbol {
                json.raw(",\"symbol\":")
                json.string(symbol)
            }
            json.raw("}")
        }
        json.raw(",\n\"stakeholders\": ")
        list(comparison.matrix.columns.compactMap { index.stakeholders[$0]?.source }, into: &json) { json, stakeholder in
            json.raw("{\"id\":")
            json.string(stakeholder.id)
            json.raw(",\"name\":")
            json.string(stakeholder.name)
            json.raw(",\"kind\":")
            json.string(stakeholder.kind.rawValue)
            json.raw("}")
        }
        json.raw(",\n\"provisions\": ")
        list(comparison.matrix.rows.map { comparison.concordance.provisions[$0] }, into: &json) { json, provision in
            json.raw("{\"key\":")
            json.string(provision.key)
            json.raw(",\"title\":")
            json.string(provision.title)
            json.raw(",\"url\":")
            json.string(absolute("/" + Route.article(provision.key).path))
            json.raw(",\"articles\":{")
            for (index, version) in provision.versions.enumerated() {
                if index > 0 { json.raw(",") }
                json.string(version.draftID)
                json.raw(":")
                json.string(version.number)
            }
            json.raw("}}")
        }
        json.raw(",\n\"cells\": ")
        list(records, into: &json) { json, record in
            json.raw("{\"provision\":")
            json.string(record.provision.key)
            json.raw(",\"stakeholder\":")
            json.string(record.stakeholder.id)
            json.raw(",\"stance\":")
            json.string(record.cell.label)
            json.raw(",\"url\":")
            json.string(absolute(Route.article(record.provision.key).address(section: .stakeholder(record.stakeholder.id))))
            json.raw(",\"stances\":[")
            for (index, stance) in record.cell.stances.enumerated() {
                if index > 0 { json.raw(",") }
                json.raw("{\"stance\":")
                json.string(stance.value.rawValue)
                json.raw(",\"position\":")
                json.string(stance.positionID)
                json.raw(",\"draft\":")
                json.string(stance.draftID)
                json.raw(",\"article\":")
                json.string(stance.article)
                if let note = stance.note {
                    json.raw(",\"note\":")
                    json.string(note)
                }
                json.raw("}")
            }
            json.raw("],\"passages\":[")
            for (index, passage) in record.cell.passages.enumerated() {
                if index > 0 { json.raw(",") }
                json.raw("{\"position\":")
                json.string(passage.positionID)
                json.raw(",\"anchor\":")
                json.string(passage.anchor.id)
                json.raw("}")
            }
            json.raw("],\"proposals\":[")
            for (index, proposal) in record.cell.proposals.map({ comparison.proposals[$0] }).enumerated() {
                if index > 0 { json.raw(",") }
                json.raw("{\"position\":")
                json.string(proposal.positionID)
                json.raw(",\"anchor\":")
                json.string(proposal.passageAnchor?.id ?? "")
                json.raw(",\"draft\":")
                json.string(proposal.draftID)
                json.raw(",\"target\":")
                json.string(proposal.anchor.id)
                json.raw("}")
            }
            json.raw("]}")
        }
        json.raw("\n}\n")
        return json.bytes
    }
}
