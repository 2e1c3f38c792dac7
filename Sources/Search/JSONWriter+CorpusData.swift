import Addressing
import Citations
import Compare
import Corpus
import Markdown
import Structure

/// The objects of `/data/corpus.json` (``CorpusData``), each with its fields in a fixed order.
extension JSONWriter {
    mutating func site(_ site: SiteConfig) {
        raw("{\"title\":")
        string(site.title)
        raw(",\"base_url\":")
        string(site.baseURL)
        raw(",\"language\":")
        string(site.language)
        raw(",\"description\":")
        string(site.description)
        raw(",\"instrument\":")
        string(site.instrument)
        raw(",\"external_instruments\":")
        strings(site.externalInstruments)
        raw("}")
    }

    mutating func session(_ session: Session, addresses: CorpusAddresses) {
        raw("{\"id\":")
        string(session.id)
        raw(",\"title\":")
        string(session.title)
        raw(",\"kind\":")
        string(session.kind)
        raw(",\"start\":")
        string(session.start.iso)
        raw(",\"end\":")
        string(orNull: session.end?.iso)
        raw(",\"place\":")
        string(orNull: session.place)
        raw(",\"description\":")
        string(orNull: session.description)
        raw(",\"url\":")
        string(addresses.url(Route.session(session.id)))
        raw("}")
    }

    mutating func stakeholder(_ stakeholder: Stakeholder, addresses: CorpusAddresses) {
        raw("{\"id\":")
        string(stakeholder.id)
        raw(",\"name\":")
        string(stakeholder.name)
        raw(",\"short\":")
        string(orNull: stakeholder.short)
        raw(",\"kind\":")
        string(stakeholder.kind.rawValue)
        raw(",\"website\":")
        string(orNull: stakeholder.url)
        raw(",\"url\":")
        string(addresses.url(Route.stakeholder(stakeholder.id)))
        raw("}")
    }

    // MARK: Drafts

    mutating func draft(_ draft: StructuredCorpus.Draft, addresses: CorpusAddresses) {
        let source = draft.source
        raw("{\"id\":")
        string(source.id)
        raw(",\"title\":")
        string(source.title)
        raw(",\"date\":")
        string(source.date.iso)
        raw(",\"symbol\":")
        string(orNull: source.symbol)
        raw(",\"session\":")
        string(orNull: source.session)
        raw(",\"status\":")
        string(orNull: source.status)
        raw(",\"source\":")
        string(orNull: source.source)
        raw(",\"url\":")
        string(addresses.url(Route.draft(source.id)))
        raw(",\"anchors\":[")
        var first = true
        func anchor(_ anchor: Anchor, parent: Anchor?, title: String?, text: (inout JSONTextSink) -> Void) {
            if !first { raw(UInt8(ascii: ",")) }
            first = false
            raw("{\"anchor\":")
            string(anchor.id)
            raw(",\"label\":")
            string(anchor.label)
            raw(",\"parent\":")
            string(orNull: parent?.id)
            raw(",\"title\":")
            string(orNull: title)
            raw(",\"text\":")
            self.text(text)
            raw("}")
        }
        let text = draft.text
        if let preamble = text.preamble {
            anchor(.preamble, parent: nil, title: nil) { sink in
                for case .block(let block) in preamble.elements { sink.append(block) }
            }
            for recital in preamble.recitals {
                anchor(recital.anchor, parent: .preamble, title: nil) { $0.append(recital.inlines) }
            }
        }
        for part in text.parts {
            if let partAnchor = part.anchor {
                anchor(partAnchor, parent: nil, title: part.title) { sink in part.intro.forEach { sink.append($0) } }
            }
            for article in part.articles {
                anchor(article.anchor, parent: part.anchor, title: article.title) { sink in
                    for case .node(let node) in article.content { node.appendOwnText(to: &sink) }
                }
                for content in article.content {
                    switch content {
                    case .paragraph(let paragraph):
                        anchor(paragraph.anchor, parent: article.anchor, title: nil) { sink in
                            paragraph.content.forEach { $0.appendOwnText(to: &sink) }
                        }
                        for case .point(let point) in paragraph.content { point.visit(parent: paragraph.anchor, anchor) }
                    case .node(.point(let point)):
                        point.visit(parent: article.anchor, anchor)
                    case .node:
                        break
                    }
                }
            }
        }
        raw("]}")
    }

    // MARK: Positions

    mutating func position(_ position: StructuredCorpus.Position, references: [CitedPassage], addresses: CorpusAddresses) {
        let source = position.source
        raw("{\"id\":")
        string(source.id)
        raw(",\"title\":")
        string(source.title)
        raw(",\"date\":")
        string(source.date.iso)
        raw(",\"kind\":")
        string(source.kind.rawValue)
        raw(",\"stakeholders\":")
        strings(source.stakeholders)
        raw(",\"draft\":")
        string(orNull: source.draft)
        raw(",\"session\":")
        string(orNull: source.session)
        raw(",\"symbol\":")
        string(orNull: source.symbol)
        raw(",\"source\":")
        string(orNull: source.source)
        raw(",\"url\":")
        string(addresses.url(Route.position(source.id)))
        raw(",\"stances\":")
        array(source.stances) { json, stance in
            json.raw("{\"article\":")
            json.string(stance.article)
            json.raw(",\"anchor\":")
            json.string(Anchor.article(stance.article).id)
            json.raw(",\"stance\":")
            json.string(stance.stance.rawValue)
            json.raw(",\"note\":")
            json.string(orNull: stance.note)
            json.raw("}")
        }
        raw(",\"headings\":")
        array(position.document.headings) { json, heading in
            json.raw("{\"anchor\":")
            json.string(heading.anchor.id)
            json.raw(",\"level\":")
            json.number(heading.level)
            json.raw(",\"text\":")
            json.string(heading.text)
            json.raw("}")
        }
        // The references of each passage (a heading's references belong to no passage).
        var byPassage: [Anchor: [CitedPassage]] = [:]
        for reference in references { byPassage[reference.passageAnchor, default: []].append(reference) }
        raw(",\"passages\":[")
        var first = true
        func passage(_ id: String?, _ fill: (inout JSONTextSink) -> Void) {
            guard let id, let anchor = Anchor(documentFragment: id), case .passage(let number) = anchor.kind else { return }
            if !first { raw(UInt8(ascii: ",")) }
            first = false
            raw("{\"anchor\":")
            string(anchor.id)
            raw(",\"number\":")
            self.number(number)
            raw(",\"text\":")
            text(fill)
            raw(",\"references\":")
            array(byPassage[anchor] ?? []) { $0.reference($1) }
            raw("}")
        }
        for block in position.document.document.blocks {
            if case .list(let list) = block.kind {
                for item in list.items { passage(item.anchor) { sink in item.blocks.forEach { sink.append($0) } } }
            } else {
                passage(block.anchor) { $0.append(block) }
            }
        }
        raw("]")
        raw("}")
    }

    /// One reference: the words as written, the draft, the anchors it links to, the articles it cites.
    mutating func reference(_ reference: CitedPassage) {
        raw("{\"text\":")
        // The marked words, straight from the sentence's bytes (never a copy of the sentence).
        var sentence = reference.sentence
        sentence.withUTF8 { bytes in
            let start = min(max(0, reference.markStart), bytes.count)
            let end = min(max(start, reference.markEnd), bytes.count)
            string(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        raw(",\"line\":")
        number(reference.line)
        raw(",\"draft\":")
        string(reference.draftID)
        raw(",\"anchors\":")
        strings(reference.anchors.map(\.id))
        raw(",\"articles\":")
        strings(reference.articles.map(\.id))
        raw("}")
    }

    // MARK: Concordance

    mutating func provision(_ provision: Provision, addresses: CorpusAddresses) {
        raw("{\"key\":")
        string(provision.key)
        raw(",\"title\":")
        string(provision.title)
        raw(",\"url\":")
        string(addresses.url(Route.article(provision.key)))
        raw(",\"versions\":")
        array(provision.versions) { json, version in
            json.raw("{\"draft\":")
            json.string(version.draftID)
            json.raw(",\"number\":")
            json.string(version.number)
            json.raw(",\"anchor\":")
            json.string(version.anchor.id)
            json.raw(",\"title\":")
            json.string(orNull: version.title)
            json.raw(",\"basis\":")
            json.string(orNull: version.basis?.rawValue)
            json.raw("}")
        }
        raw("}")
    }
}

extension DraftNode {
    /// The words of this node that belong to no point of its own: text and blocks.
    fileprivate func appendOwnText(to sink: inout some TextSink) {
        switch self {
        case .text(let inlines, _):
            sink.separate()
            sink.append(inlines)
        case .block(let block):
            sink.append(block)
        case .point:
            break
        }
    }
}

extension Point {
    /// Calls `body` with this point and each nested point, outermost first.
    fileprivate func visit(parent: Anchor, _ body: (Anchor, Anchor?, String?, (inout JSONTextSink) -> Void) -> Void) {
        body(anchor, parent, nil) { $0.append(inlines) }
        for child in children { child.visit(parent: anchor, body) }
    }
}
