import Addressing
import Corpus
import Markdown
import Structure

extension SearchCollector {
    /// A draft: the draft itself, its chapters, recitals, articles and numbered paragraphs.
    func draft(_ draft: StructuredCorpus.Draft) -> SearchSource {
        let source = draft.source
        let route = Route.draft(source.id)
        let context = "\(source.title) · \(source.date.display)"
        var result = SearchSource(
            kind: .draft, draft: draftIndex[source.id], session: source.session.flatMap { sessionIndex[$0] },
            date: source.date.firstDayISO
        )
        var front = TextRuns()
        if let symbol = source.symbol { front.append(symbol) }
        draft.text.front.forEach { front.append($0) }
        result.documents.append(SearchDocument(url: route.path, title: source.title, indexedTitle: source.title, context: context, body: front.runs))

        if let preamble = draft.text.preamble {
            for recital in preamble.recitals {
                var runs = TextRuns()
                runs.append(recital.inlines)
                result.documents.append(SearchDocument(
                    url: route.path(recital.anchor), title: recital.anchor.capitalizedLabel, indexedTitle: "",
                    context: context, body: runs.runs
                ))
            }
        }
        for part in draft.text.parts {
            if let anchor = part.anchor {
                var intro = TextRuns()
                part.intro.forEach { intro.append($0) }
                let heading = Inline.plainText(part.heading)
                result.documents.append(SearchDocument(url: route.path(anchor), title: heading, indexedTitle: heading, context: context, body: intro.runs))
            }
            for article in part.articles {
                result.documents += documents(article, route: route, context: context)
            }
        }
        return result
    }

    private func documents(_ article: Article, route: Route, context: String) -> [SearchDocument] {
        let heading = Inline.plainText(article.heading)
        let name = "Article \(article.number)"
        let suffix = article.title.map { " · " + $0 } ?? ""
        var own = TextRuns()
        var paragraphs: [SearchDocument] = []
        for content in article.content {
            switch content {
            case .node(let node):
                append(node, to: &own)
            case .paragraph(let paragraph):
                var runs = TextRuns()
                runs.append("\(paragraph.number). ")
                paragraph.content.forEach { append($0, to: &runs) }
                paragraphs.append(SearchDocument(
                    url: route.path(paragraph.anchor), title: paragraph.anchor.capitalizedLabel + suffix, indexedTitle: "",
                    context: context, body: runs.runs
                ))
            }
        }
        let articleDocument = SearchDocument(
            url: route.path(article.anchor), title: name + suffix, indexedTitle: heading, context: context, body: own.runs
        )
        return [articleDocument] + paragraphs
    }

    private func append(_ node: DraftNode, to runs: inout TextRuns) {
        switch node {
        case .text(let inlines, _):
            runs.separate()
            runs.append(inlines)
        case .point(let point):
            append(point, to: &runs)
        case .block(let block):
            runs.append(block)
        }
    }

    private func append(_ point: Point, to runs: inout TextRuns) {
        runs.separate()
        runs.append("(\(point.label)) ")
        runs.append(point.inlines)
        point.children.forEach { append($0, to: &runs) }
    }
}
