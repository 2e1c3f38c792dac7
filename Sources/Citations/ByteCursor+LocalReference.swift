import Addressing
import Structure

extension ByteCursor {
    /// A reference in French, Spanish, Russian or Arabic starting at the cursor, or `nil`
    /// (the cursor is then unchanged):
    ///
    /// - articles with paragraphs and points: `l'article 24, paragraphe 2, alinéa b)`,
    ///   `artículo 24, párrafo 2, apartado b)`, `статья 24, пункт 2`, `المادة 24 (2) (ب)`;
    ///   lists and ranges: `articles 6 à 16`, `статьи 6-16`, `статьи с 6 по 16`,
    ///   `المادتان 6 و7`, `المواد من 6 إلى 16`;
    /// - the part first: `paragraphe 2 de l'article 10`, `alinéa b) du paragraphe 2 de
    ///   l'article 24`, `пункт 2 статьи 10`, `подпункт b пункта 2 статьи 24`, `الفقرة 2 من
    ///   المادة 10`, `الفقرة الفرعية (ب) من الفقرة 2 من المادة 24`;
    /// - chapters (`chapitre IV`, `глава IV`, `الفصل الرابع`) and recitals (`paragraphe 9 du
    ///   préambule`, `пункт 9 преамбулы`, `الفقرة 9 من الديباجة`, `considérant 9`).
    mutating func localReference(_ grammar: LocalGrammar) -> ReferenceMatch? {
        let start = position
        if let match = partFirst(grammar) ?? localArticleReference(grammar) ?? localChapterReference(grammar) ?? localRecitalReference(grammar)
            ?? ordinalRecital(grammar) {
            return match
        }
        position = start
        return nil
    }

    // MARK: Articles

    /// An article keyword and a list or range of articles.
    private mutating func localArticleReference(_ grammar: LocalGrammar) -> ReferenceMatch? {
        let start = position
        guard localWord(grammar.article) != nil else { return nil }
        skipSpaces()
        var opened = self
        if opened.localWord(grammar.rangeOpeners) != nil, opened.skipSpaces() { self = opened }
        var links: [ReferenceMatch.Link] = []
        var ranges: [(ReferenceTarget, ReferenceTarget)] = []
        guard let first = localArticleItem(grammar, linkStart: start) else {
            position = start
            return nil
        }
        links += first
        var end = position
        while true {
            let beforeSeparator = position
            skipSpaces()
            var isRange = false
            if consume(.hyphen) || consume(.enDash) || consume(.emDash) || localWord(grammar.to) != nil {
                isRange = true
            } else if consume(.comma) || consume(.arabicComma) || localWord(grammar.and) != nil {
                skipSpaces()
                _ = localWord(grammar.and)
            } else if grammar.language == .ar, consume(scalar: "و") {
                // "6 و7": the Arabic "and" joins the number.
            } else {
                position = beforeSeparator
                break
            }
            skipSpaces()
            if grammar.language == .ar, !isRange { _ = consume(scalar: "و") }
            let itemStart = position
            guard let item = localArticleItem(grammar, linkStart: itemStart) else {
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

    /// One article number with its paragraph and points (`24, paragraphe 2, alinéa b)`,
    /// `24 (2) (ب)`, `24, пункт 2`).
    private mutating func localArticleItem(_ grammar: LocalGrammar, linkStart: Int) -> [ReferenceMatch.Link]? {
        guard let number = localArticleNumber(grammar) else { return nil }
        var target = ReferenceTarget(kind: .article, number: number)
        var probe = self
        probe.skipSpaces()
        if let paragraph = probe.localParenthesisedNumber() {
            target.paragraph = paragraph
            self = probe
        } else {
            probe = self
            _ = probe.consume(.comma) || probe.consume(.arabicComma)
            probe.skipSpaces()
            if probe.localWord(grammar.paragraph) != nil, probe.skipSpaces(), let paragraph = probe.localParenthesisedNumber() ?? probe.localNumber(maxDigits: 2) {
                target.paragraph = paragraph
                self = probe
            }
        }
        target.points = localPoints(grammar)
        return [ReferenceMatch.Link(start: linkStart, end: position, target: target)]
    }

    /// An article's number: digits of any script with an optional `bis`, or a word for "first".
    private mutating func localArticleNumber(_ grammar: LocalGrammar) -> String? {
        if localWord(grammar.first) != nil { return "1" }
        guard var number = localNumber(maxDigits: 3) else { return nil }
        var probe = self
        // `19 bis`, and Russian `19-бис` joined by a hyphen.
        if !probe.consume(.hyphen) { probe.skipSpaces() }
        if let suffix = probe.word(Self.latinSuffixes) {
            number += " " + suffix.lowercased()
            self = probe
        } else if grammar.language == .ru, let suffix = probe.localWord(Self.russianSuffixes),
                  let index = ProvisionWords.russianInsertionSuffixes.firstIndex(of: suffix) {
            number += " " + ProvisionWords.insertionSuffixes[index]
            self = probe
        } else if grammar.language == .ar, probe.localWord(Self.arabicBis) != nil {
            number += " bis"
            self = probe
        }
        return number
    }

    static let arabicBis: [Keyword] = Keyword.list(["مكررا", "مكرراً", "مكررًا"])

    /// `бис`, `тер`...: the Russian words for `bis`, `ter`... (``ProvisionWords/russianInsertionSuffixes``).
    static let russianSuffixes: [Keyword] = Keyword.list(ProvisionWords.russianInsertionSuffixes)

    /// Points after a number: `(b)`, `b)`, `(ب)`, or after a point word (`, alinéa b)`,
    /// `, apartado b)`, `, подпункт b`).
    private mutating func localPoints(_ grammar: LocalGrammar) -> [String] {
        var points: [String] = []
        while true {
            var probe = self
            probe.skipSpaces()
            if let point = probe.localPoint() {
                points.append(point)
                self = probe
                continue
            }
            if let last = points.last, let sub = probe.arabicSubPoint(after: last, grammar) {
                points.append(sub)
                self = probe
                continue
            }
            probe = self
            _ = probe.consume(.comma) || probe.consume(.arabicComma)
            probe.skipSpaces()
            if probe.localWord(grammar.point) != nil, probe.skipSpaces(), let point = probe.localPoint(bare: grammar.language == .ru) {
                points.append(point)
                self = probe
                continue
            }
            return points
        }
    }

    // MARK: The part first

    /// `paragraphe 2 de l'article 10`, `alinéa b) du paragraphe 2 de l'article 24`,
    /// `пункт 2 статьи 10`, `подпункт b пункта 2 статьи 24`, `الفقرة 2 من المادة 10`, and
    /// recitals: `paragraphe 9 du préambule`, `пункт 9 преамбулы`.
    private mutating func partFirst(_ grammar: LocalGrammar) -> ReferenceMatch? {
        let start = position
        // Points, innermost first: `inciso ii) del apartado b)`; the innermost may be a
        // list (`alinéas a) et b) du paragraphe 1`).
        var points: [String] = []
        var listed: [Listed] = []
        while true {
            var probe = self
            guard probe.localWord(grammar.point) != nil, probe.skipSpaces() else { break }
            guard let point = probe.localPoint(bare: grammar.language == .ru) else { break }
            // `الفقرة الفرعية (أ) ’1‘`: the letter's sub-point right after it.
            var sub: String?
            var subProbe = probe
            subProbe.skipSpaces()
            if let found = subProbe.arabicSubPoint(after: point, grammar) {
                sub = found
                probe = subProbe
            }
            if points.isEmpty, sub == nil {
                listed = [Listed(value: point, start: start, end: probe.position)]
                listed += probe.moreListed(grammar) { $0.localPoint(bare: grammar.language == .ru) }
            }
            if let sub { points.insert(sub, at: 0) }
            points.insert(point, at: 0)
            self = probe
            skipOf(grammar)
        }
        var paragraph: String?
        var probe = self
        if probe.localWord(grammar.paragraph) != nil, probe.skipSpaces(), let number = probe.localParenthesisedNumber() ?? probe.localNumber(maxDigits: 2) {
            paragraph = number
            let numberEnd = probe.position
            self = probe
            var inner = self
            let innerPoints = inner.localPoints(grammar)
            if !innerPoints.isEmpty {
                points = innerPoints + points
                self = inner
            } else if listed.isEmpty {
                // `paragraphes 1 et 2 de l'article 5`.
                let more = moreListed(grammar) { $0.localParenthesisedNumber() ?? $0.localNumber(maxDigits: 2) }
                if !more.isEmpty { listed = [Listed(value: number, start: start, end: numberEnd)] + more }
            }
            skipOf(grammar)
        } else if points.isEmpty {
            position = start
            return nil
        }
        if paragraph != nil, points.isEmpty, localWord(grammar.preamble) != nil, let number = paragraph {
            let links = (listed.isEmpty ? [Listed(value: number, start: start, end: position)] : listed).enumerated().map { index, item in
                ReferenceMatch.Link(start: item.start, end: index == listed.count - 1 ? position : item.end, target: ReferenceTarget(kind: .recital, number: item.value))
            }
            return ReferenceMatch(start: start, end: position, links: links, external: false, ranges: [])
        }
        guard localWord(grammar.article) != nil, skipSpaces(), let article = localArticleNumber(grammar) else {
            position = start
            return nil
        }
        let target = ReferenceTarget(kind: .article, number: article, paragraph: paragraph, points: points)
        guard listed.count > 1 else {
            return ReferenceMatch(start: start, end: position, links: [.init(start: start, end: position, target: target)], external: false, ranges: [])
        }
        // One link a listed point or paragraph; the last runs to the article's number.
        let links = listed.enumerated().map { index, item -> ReferenceMatch.Link in
            var itemTarget = target
            if target.points.isEmpty {
                itemTarget.paragraph = item.value
            } else {
                itemTarget.points[itemTarget.points.count - 1] = item.value
            }
            return ReferenceMatch.Link(start: item.start, end: index == listed.count - 1 ? position : item.end, target: itemTarget)
        }
        return ReferenceMatch(start: start, end: position, links: links, external: false, ranges: [])
    }

    /// An Arabic sub-point after the letter point `letter`: a number between turned quotes
    /// (`’1‘`, `'2'`) or in parentheses (`(1)`, `(١)`), read as its roman label; `nil` (the
    /// cursor unchanged) for anything else, and in the other languages, where `(1)` after a
    /// point is no sub-point.
    mutating func arabicSubPoint(after letter: String, _ grammar: LocalGrammar) -> String? {
        guard grammar.language == .ar, PointLabel.isLetter(letter) else { return nil }
        let start = position
        let quoted = consume(scalar: "’") || consume(scalar: "'")
        if !quoted, !(consume(.openParenthesis) || consume(.fullWidthOpenParenthesis)) { return nil }
        guard let digits = localNumber(maxDigits: 2), let value = Int(digits), (1...39).contains(value),
              quoted ? (consume(scalar: "‘") || consume(scalar: "’") || consume(scalar: "'")) : (consume(.closeParenthesis) || consume(.fullWidthCloseParenthesis))
        else {
            position = start
            return nil
        }
        return PointLabel.roman(value)
    }

    /// An item of a list read by ``moreListed(_:item:)``, with its extent.
    struct Listed {
        var value: String
        var start: Int
        var end: Int
    }

    /// The further items of a list after the first: `, 2`, ` et 3`, ` y b)`, ` и 2`,
    /// ` و2`; the cursor ends after the last one (unchanged when there is none).
    mutating func moreListed(_ grammar: LocalGrammar, item: (inout ByteCursor) -> String?) -> [Listed] {
        var result: [Listed] = []
        while true {
            var probe = self
            probe.skipSpaces()
            let joined = probe.consume(.comma) || probe.consume(.arabicComma) || probe.localWord(grammar.and) != nil
                || (grammar.language == .ar && probe.consume(scalar: "و"))
            guard joined else { break }
            probe.skipSpaces()
            _ = probe.localWord(grammar.and)
            if grammar.language == .ar { _ = probe.consume(scalar: "و") }
            probe.skipSpaces()
            let itemStart = probe.position
            guard let value = item(&probe) else { break }
            result.append(Listed(value: value, start: itemStart, end: probe.position))
            self = probe
        }
        return result
    }

    /// Spaces, an optional "of" (`de`, `du`, `del`, `من`), and spaces.
    private mutating func skipOf(_ grammar: LocalGrammar) {
        skipSpaces()
        if localWord(grammar.of) != nil { skipSpaces() }
    }

    // MARK: Chapters and recitals

    /// `chapitre IV`, `capítulos IV y V`, `глава IV`, `الفصل الرابع`, `الفصل 4`.
    private mutating func localChapterReference(_ grammar: LocalGrammar) -> ReferenceMatch? {
        let start = position
        guard localWord(grammar.chapter) != nil, skipSpaces() else {
            position = start
            return nil
        }
        var links: [ReferenceMatch.Link] = []
        var linkStart = start
        while let number = localChapterNumber() {
            links.append(.init(start: linkStart, end: position, target: ReferenceTarget(kind: .chapter, number: number)))
            var probe = self
            probe.skipSpaces()
            guard probe.consume(.comma) || probe.consume(.arabicComma) || probe.localWord(grammar.and) != nil || (grammar.language == .ar && probe.consume(scalar: "و")) else { break }
            probe.skipSpaces()
            _ = probe.localWord(grammar.and)
            if grammar.language == .ar { _ = probe.consume(scalar: "و") }
            var check = probe
            guard check.localChapterNumber() != nil else { break }
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

    /// A roman numeral, digits of any script, or an Arabic ordinal word (`الرابع` is `IV`).
    mutating func localChapterNumber() -> String? {
        if let roman = chapterNumber() { return roman }
        if let digits = localNumber(maxDigits: 2) { return digits }
        let window = String(decoding: bytes[position..<min(bytes.count, position + 48)], as: UTF8.self)
        guard let ordinal = ProvisionWords.arabicOrdinal(prefixOf: window[...]) else { return nil }
        position += String(window.prefix(ordinal.length)).utf8.count
        return ProvisionWords.roman(ordinal.value)
    }

    /// A recital by an ordinal word or a number: `le neuvième alinéa du préambule`, `alinéa 9
    /// du préambule`, `el noveno párrafo del preámbulo`, `в девятом пункте преамбулы`,
    /// `الفقرة التاسعة من الديباجة`.
    private mutating func ordinalRecital(_ grammar: LocalGrammar) -> ReferenceMatch? {
        let start = position
        var value: Int?
        if grammar.language == .ar {
            guard localWord(grammar.paragraph) != nil, skipSpaces() else { return nil }
            let window = String(decoding: bytes[position..<min(bytes.count, position + 48)], as: UTF8.self)
            if let ordinal = ProvisionWords.arabicOrdinal(prefixOf: window[...]) {
                value = ordinal.value
                position += String(window.prefix(ordinal.length)).utf8.count
            }
        } else if let ordinal = grammar.ordinals.first(where: { item in var probe = self; return probe.localWord([item.word]) != nil }) {
            _ = localWord([ordinal.word])
            guard skipSpaces(), localWord(grammar.recitalParts) != nil else {
                position = start
                return nil
            }
            value = ordinal.value
        } else if localWord(grammar.recitalParts) != nil, skipSpaces(), let number = localNumber(maxDigits: 2) {
            value = Int(number)
        }
        guard let value else {
            position = start
            return nil
        }
        skipOf(grammar)
        guard localWord(grammar.preamble) != nil else {
            position = start
            return nil
        }
        let target = ReferenceTarget(kind: .recital, number: String(value))
        return ReferenceMatch(start: start, end: position, links: [.init(start: start, end: position, target: target)], external: false, ranges: [])
    }

    /// `considérant 9`, `considerando 9`.
    private mutating func localRecitalReference(_ grammar: LocalGrammar) -> ReferenceMatch? {
        let start = position
        guard !grammar.recital.isEmpty, localWord(grammar.recital) != nil, skipSpaces(), let number = localNumber(maxDigits: 2) else {
            position = start
            return nil
        }
        let target = ReferenceTarget(kind: .recital, number: number)
        return ReferenceMatch(start: start, end: position, links: [.init(start: start, end: position, target: target)], external: false, ranges: [])
    }
}

extension Keyword {
    static let arabicComma: Keyword = "،"
}
