import Structure

extension ByteCursor {
    // The words of the reference grammar, their bytes computed once.
    static let andOr: [Keyword] = ["and", "or"]
    static let andWord: [Keyword] = ["and"]
    static let articleWord: [Keyword] = ["article", "art."]
    static let articleKeywords: [Keyword] = ["articles", "article", "arts.", "art.", "art"]
    static let chapterKeywords: [Keyword] = ["chapters", "chapter"]
    static let of: [Keyword] = ["of"]
    static let paragraphWord: [Keyword] = ["paragraph", "para."]
    static let paragraphWords: [Keyword] = ["paragraphs", "paragraph", "para."]
    static let preambular: [Keyword] = ["preambular"]
    static let subparagraphWords: [Keyword] = ["subparagraphs", "subparagraph"]
    static let rangeWords: [Keyword] = ["to", "through"]

    /// A reference starting at the cursor, or `nil` (the cursor is then unchanged).
    mutating func reference() -> ReferenceMatch? {
        let start = position
        if let match = articleReference() ?? paragraphOfArticle() ?? chapterReference() ?? recitalReference() {
            return match
        }
        position = start
        return nil
    }

    // MARK: Articles

    /// `Article 24(2)(b)`, `Art. 6-21`, `Articles 3, 23 and 53`, `Articles 6 to 16`,
    /// `Article 22, paragraph 2 (b)`, `Article 40 paragraph (3), subparagraphs (e) and (f)`.
    private mutating func articleReference() -> ReferenceMatch? {
        let start = position
        guard let keyword = word(Self.articleKeywords) else { return nil }
        let spaced = skipSpaces()
        guard spaced || keyword.hasSuffix("."), let digit = current, Self.isDigit(digit) else {
            position = start
            return nil
        }
        var links: [ReferenceMatch.Link] = []
        var ranges: [(ReferenceTarget, ReferenceTarget)] = []
        guard let first = articleItem(linkStart: start) else {
            position = start
            return nil
        }
        links += first
        var end = position
        while true {
            let beforeSeparator = position
            skipSpaces()
            var isRange = false
            if consume(.hyphen) || consume(.enDash) || consume(.emDash) || word(Self.rangeWords) != nil {
                isRange = true
            } else if consume(.comma) || consume(.ampersand) || word(Self.andOr) != nil {
                skipSpaces()
                _ = word(Self.andOr)
            } else {
                position = beforeSeparator
                break
            }
            skipSpaces()
            let itemStart = position
            guard let digit = current, Self.isDigit(digit), let item = articleItem(linkStart: itemStart) else {
                position = beforeSeparator
                break
            }
            if isRange, let from = links.last?.target, let to = item.first?.target {
                ranges.append((from, to))
            }
            links += item
            end = position
        }
        position = end
        return ReferenceMatch(start: start, end: end, links: links, external: false, ranges: ranges)
    }

    /// One article number with its paragraph and points; several links when it lists
    /// subparagraphs (`paragraph (3), subparagraphs (e) and (f)`).
    private mutating func articleItem(linkStart: Int) -> [ReferenceMatch.Link]? {
        guard let number = number(maxDigits: 3) else { return nil }
        var article = number
        var probe = self
        probe.skipSpaces()
        if let suffix = probe.word(Self.latinSuffixes) {
            article += " " + suffix.lowercased()
            position = probe.position
        }
        var target = ReferenceTarget(kind: .article, number: article)
        var linkEnd = position

        // Article 24(2)(b)(ii) / Article 47 (1) (a)
        probe = self
        probe.skipSpaces()
        if let paragraph = probe.parenthesised(digits: true) {
            target.paragraph = paragraph
            position = probe.position
            linkEnd = position
        } else {
            // Article 22, paragraph 2 (b) / Article 35 paragraph 2 / Article 40 paragraph (3)
            probe = self
            _ = probe.consume(.comma)
            probe.skipSpaces()
            if probe.word(Self.paragraphWord) != nil {
                probe.skipSpaces()
                if let paragraph = probe.parenthesised(digits: true) ?? probe.number(maxDigits: 2) {
                    target.paragraph = paragraph
                    position = probe.position
                    linkEnd = position
                }
            }
        }
        while true {
            probe = self
            probe.skipSpaces()
            guard let point = probe.parenthesised(digits: false) else { break }
            target.points.append(point)
            position = probe.position
            linkEnd = position
        }
        var links = [ReferenceMatch.Link(start: linkStart, end: linkEnd, target: target)]

        // , subparagraphs (e) and (f)
        probe = self
        _ = probe.consume(.comma)
        probe.skipSpaces()
        if target.paragraph != nil, probe.word(Self.subparagraphWords) != nil {
            var extra: [ReferenceMatch.Link] = []
            while true {
                probe.skipSpaces()
                let pointStart = probe.position
                guard let point = probe.parenthesised(digits: false) else { break }
                var sub = target
                sub.points = target.points + [point]
                extra.append(.init(start: pointStart, end: probe.position, target: sub))
                position = probe.position
                var separator = probe
                separator.skipSpaces()
                if separator.consume(.comma) { separator.skipSpaces() }
                if separator.word(Self.andOr) != nil || separator.position > probe.position {
                    probe = separator
                } else {
                    break
                }
            }
            links += extra
        }
        return links
    }

    /// `paragraph 2 of article 10`, `paragraph 2 (b) of Article 10`.
    private mutating func paragraphOfArticle() -> ReferenceMatch? {
        let start = position
        guard word(Self.paragraphWord) != nil else { return nil }
        skipSpaces()
        guard let paragraph = parenthesised(digits: true) ?? number(maxDigits: 2) else {
            position = start
            return nil
        }
        var points: [String] = []
        while true {
            var probe = self
            probe.skipSpaces()
            guard let point = probe.parenthesised(digits: false) else { break }
            points.append(point)
            self = probe
        }
        skipSpaces()
        guard word(Self.of) != nil, skipSpaces(), word(Self.articleWord) != nil else {
            position = start
            return nil
        }
        skipSpaces()
        guard let article = number(maxDigits: 3) else {
            position = start
            return nil
        }
        let target = ReferenceTarget(kind: .article, number: article, paragraph: paragraph, points: points)
        return ReferenceMatch(start: start, end: position, links: [.init(start: start, end: position, target: target)], external: false, ranges: [])
    }

    // MARK: Chapters and recitals

    /// `Chapter IV`, `Chapters IV and V`.
    private mutating func chapterReference() -> ReferenceMatch? {
        let start = position
        guard word(Self.chapterKeywords) != nil, skipSpaces() else {
            position = start
            return nil
        }
        return numberList(from: start, kind: .chapter) { $0.chapterNumber() }
    }

    /// `Preambular paragraph 9`, `preambular paragraphs 3 and 4`.
    private mutating func recitalReference() -> ReferenceMatch? {
        let start = position
        guard word(Self.preambular) != nil, skipSpaces(), word(Self.paragraphWords) != nil, skipSpaces() else {
            position = start
            return nil
        }
        return numberList(from: start, kind: .recital) { $0.number(maxDigits: 2) }
    }

    /// A list of numbers joined by `,`, `and` or `or` (`IV and V`, `3, 4 and 5`), each a link;
    /// the first link starts at `start`, the keyword. `nil` (position restored) when there is none.
    private mutating func numberList(
        from start: Int, kind: ReferenceTarget.Kind, number: (inout ByteCursor) -> String?
    ) -> ReferenceMatch? {
        var links: [ReferenceMatch.Link] = []
        var linkStart = start
        while let value = number(&self) {
            links.append(.init(start: linkStart, end: position, target: ReferenceTarget(kind: kind, number: value)))
            var probe = self
            probe.skipSpaces()
            guard probe.consume(.comma) || probe.word(Self.andOr) != nil else { break }
            probe.skipSpaces()
            _ = probe.word(Self.andWord)
            probe.skipSpaces()
            var check = probe
            guard number(&check) != nil else { break }
            linkStart = probe.position
            self = probe
        }
        guard let last = links.last else {
            position = start
            return nil
        }
        position = last.end
        return ReferenceMatch(start: start, end: position, links: links, external: false, ranges: [])
    }
}
