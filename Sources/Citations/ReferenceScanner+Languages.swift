import Addressing

extension ReferenceScanner {
    // MARK: Which grammars to try

    /// A fast check for references in the other languages, run on text that holds a byte
    /// outside ASCII when the English check found nothing: the UTF-8 of `ст`/`Ст` (статья),
    /// `пу`/`Пу` (пункт, подпункт), `гл`/`Гл` (глава), `пре` (преамбула), `ماد` (المادة),
    /// `مواد`, `فقر` (الفقرة), `فصل` (الفصل), `ديباج`, `第`, `序言`, and `í` of `capítulo`.
    static func mayContainLocalReference(_ bytes: [UInt8]) -> Bool {
        for marker in localMarkers where contains(marker, in: bytes) { return true }
        return false
    }

    private static let localMarkers: [[UInt8]] = [
        "ст", "Ст", "СТ", "пу", "Пу", "гл", "Гл", "преам", "Преам", "ماد", "مواد", "فقر", "فصل", "ديباج", "第", "序言", "apí", "Capí", "alin",
    ].map { Array($0.utf8) }

    /// Which other grammars to try on a text, found in one cheap pass: French and Spanish
    /// when it reads like them (an accented Latin letter `é`, `í`, `à`..., `l'art`, `l’art`,
    /// `paragraphe`, `chapitre`, `articulo`, `capitulo`, `parrafo`, ` et `, ` y `, and between digits ` a `, ` o `,
    /// ` e `, ` ou `: `articles 6 a 9`), so that English text, curly quotes
    /// and all, keeps to the English grammar; Russian, Arabic and Chinese when it holds
    /// Cyrillic, Arabic or CJK characters.
    static func languageHints(_ bytes: [UInt8]) -> (romance: Bool, otherScripts: Bool) {
        var romance = false
        var otherScripts = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "'") {
                    romance = romance || startsArt(bytes, at: index + 1)
                } else if byte == UInt8(ascii: "e"), index >= 3 {
                    // "paragraphe", "chapitre"
                    let (first, second, third) = (bytes[index - 3], bytes[index - 2], bytes[index - 1])
                    romance = romance || (first == UInt8(ascii: "a") && second == UInt8(ascii: "p") && third == UInt8(ascii: "h"))
                        || (first == UInt8(ascii: "i") && second == UInt8(ascii: "t") && third == UInt8(ascii: "r"))
                } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
                    romance = romance || endsListWord(bytes, at: index)
                } else if byte == UInt8(ascii: "o"), index >= 3 {
                    // "articulo", "capitulo", "parrafo"
                    let (first, second, third) = (bytes[index - 3], bytes[index - 2], bytes[index - 1])
                    romance = romance || (second == UInt8(ascii: "u") && third == UInt8(ascii: "l") && (first == UInt8(ascii: "c") || first == UInt8(ascii: "t")))
                        || (first == UInt8(ascii: "r") && second == UInt8(ascii: "a") && third == UInt8(ascii: "f"))
                }
            } else {
                switch byte {
                case 0xC3:
                    romance = true  // é è à á í ó ú ñ ç and their capitals
                case 0xC2:
                    // "et" before a no-break space
                    romance = romance || (index + 1 < count && bytes[index + 1] == 0xA0 && endsListWord(bytes, at: index))
                case 0xE2:
                    // l’article
                    romance = romance || (index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 && startsArt(bytes, at: index + 3))
                case 0xD0, 0xD1, 0xD8, 0xD9, 0xDB, 0xE3...0xE9, 0xEF:
                    otherScripts = true
                default:
                    break
                }
                if romance && otherScripts { break }
            }
            index += 1
        }
        return (romance, otherScripts)
    }

    /// Whether a French or Spanish word of a list ends just before `index`: ` et`, ` y`, and
    /// after a digit ` a`, ` o`, ` e`, ` ou` (`articles 6 a 9`), each after a space, a line
    /// break or a no-break space.
    private static func endsListWord(_ bytes: [UInt8], at index: Int) -> Bool {
        func isBlank(_ offset: Int) -> Bool {
            offset < 0 || bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\n") || bytes[offset] == 0xA0
        }
        guard index >= 2 else { return false }
        let (second, last) = (bytes[index - 2], bytes[index - 1])
        if second == UInt8(ascii: "e"), last == UInt8(ascii: "t"), isBlank(index - 3) { return true }
        if last == UInt8(ascii: "y"), isBlank(index - 2) { return true }
        if index >= 3, isBlank(index - 2), isDigit(bytes[index - 3]),
           last == UInt8(ascii: "a") || last == UInt8(ascii: "o") || last == UInt8(ascii: "e") {
            return true
        }
        return index >= 4 && second == UInt8(ascii: "o") && last == UInt8(ascii: "u") && isBlank(index - 3) && isDigit(bytes[index - 4])
    }

    /// Whether `byte` is an ASCII digit.
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Whether `art` or `Art` starts at `index`.
    private static func startsArt(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] | 0x20 == UInt8(ascii: "a") && bytes[index + 1] == UInt8(ascii: "r") && bytes[index + 2] == UInt8(ascii: "t")
    }

    /// Whether text reads like French or Spanish (``languageHints(_:)``).
    static func mayContainRomanceReference(_ bytes: [UInt8]) -> Bool {
        languageHints(bytes).romance
    }

    /// Whether `pattern` occurs in `bytes`.
    private static func contains(_ pattern: [UInt8], in bytes: [UInt8]) -> Bool {
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        var index = 0
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var offset = 1
                while offset < pattern.count, bytes[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            index += 1
        }
        return false
    }

    /// The longest reference in another language starting at `index`, with its language:
    /// French and Spanish at a Latin word, Russian at a Cyrillic one, Arabic at an Arabic one,
    /// Chinese at `第` or `序`.
    func localReference(_ bytes: [UInt8], at index: Int, romance: Bool, otherScripts: Bool) -> (match: ReferenceMatch, language: ProvisionWords.Language)? {
        var cursor = ByteCursor(bytes: bytes, position: index)
        let lead = bytes[index]
        var grammars: [LocalGrammar] = []
        switch lead {
        case 0x41...0x5A, 0x61...0x7A:
            guard romance, cursor.isWordStart(index) else { return nil }
            grammars = [.french, .spanish]
        case 0xD0, 0xD1:
            guard otherScripts, cursor.isWordStart(index) else { return nil }
            grammars = [.russian]
        case 0xD8, 0xD9:
            guard otherScripts, cursor.isWordStart(index) else { return nil }
            grammars = [.arabic]
        case 0xE5, 0xE7:
            guard otherScripts, let match = cursor.chineseReference() else { return nil }
            return (match, .zh)
        default:
            return nil
        }
        var best: (match: ReferenceMatch, language: ProvisionWords.Language)?
        for grammar in grammars {
            cursor.position = index
            if let match = cursor.localReference(grammar), match.end > (best?.match.end ?? 0) {
                best = (match, grammar.language)
            }
        }
        return best
    }

    // MARK: Other instruments

    /// Other instruments in the other UN languages, named in a sentence before a reference
    /// (as `external_instruments` names are): the Budapest Convention and UNTOC.
    static let otherInstruments = [
        "Convention de Budapest", "Convenio de Budapest", "Будапештской конвенции", "Будапештская конвенция", "Будапештскую конвенцию",
        "اتفاقية بودابست", "布达佩斯公约",
        "Convention des Nations Unies contre la criminalité transnationale organisée",
        "Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional",
        "Конвенции Организации Объединенных Наций против транснациональной организованной преступности",
        "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية", "联合国打击跨国有组织犯罪公约",
    ]

    /// What may follow "of" (`de`, `del`, `من`) or, in Russian, the reference itself, to
    /// name another instrument: `de la Convention de Budapest`, `del Convenio de Budapest`,
    /// `Будапештской конвенции`, `من اتفاقية بودابست`. Lowercase; matched at the start of the
    /// words after the reference.
    private static let otherInstrumentStarts: [ProvisionWords.Language: [String]] = [
        .fr: [
            "convention de ", "convention sur", "convention relative", "convention des nations unies contre la criminalité", "convention européenne",
            "pacte", "déclaration", "protocole", "résolution", "charte", "statut", "directive", "règlement", "traité",
        ],
        .es: [
            "convenio", "convención de las naciones unidas contra la delincuencia", "convención sobre", "convención europea", "convención americana",
            "pacto", "declaración", "protocolo", "resolución", "carta", "estatuto", "directiva", "reglamento", "tratado",
        ],
        .ru: [
            "будапештск", "конвенции о ", "конвенции совета европы", "конвенции организации объединенных наций против транснациональной",
            "международного пакта", "пакта", "всеобщей декларации", "декларации", "протокола", "резолюции", "устава", "договора", "директивы", "регламента",
        ],
        .ar: [
            "اتفاقية", "العهد", "عهد", "الإعلان", "إعلان", "البروتوكول", "بروتوكول", "القرار", "قرار", "الميثاق", "ميثاق", "النظام الأساسي", "معاهدة", "المعاهدة",
        ],
    ]

    /// Words after "of" that name the negotiated text itself: `la présente Convention`,
    /// `la presente Convención`, `настоящей Конвенции`, `هذه الاتفاقية`.
    private static let thisInstrumentStarts = ["présente", "presente", "la présente", "la presente", "настоящей", "этой", "данной", "هذه", "الاتفاقية"]

    /// Whether the words after a reference in `language` name another instrument.
    func followedByOtherInstrument(_ bytes: [UInt8], from end: Int, language: ProvisionWords.Language) -> Bool {
        var cursor = ByteCursor(bytes: bytes, position: end)
        cursor.skipSpaces()
        _ = cursor.consume(.comma) || cursor.consume(.arabicComma)
        cursor.skipSpaces()
        switch language {
        case .fr, .es, .ar:
            let grammar: LocalGrammar = language == .fr ? .french : language == .es ? .spanish : .arabic
            guard cursor.localWord(grammar.of) != nil else { return false }
            cursor.skipSpaces()
        case .ru:
            break
        case .en, .zh:
            return false
        }
        let window = bytes[cursor.position..<min(bytes.count, cursor.position + 240)]
        var rest = String(decoding: window, as: UTF8.self)
        if let stop = rest.firstIndex(where: { ",.;()،؛".contains($0) }) { rest = String(rest[..<stop]) }
        let lowered = rest.lowercased()
        if Self.thisInstrumentStarts.contains(where: { lowered.hasPrefix($0) }) { return false }
        if !instrument.isEmpty, lowered.hasPrefix(instrument.lowercased()) { return false }
        if (externalInstruments + Self.otherInstruments).contains(where: { lowered.hasPrefix($0.lowercased()) }) { return true }
        return Self.otherInstrumentStarts[language, default: []].contains { lowered.hasPrefix($0) }
    }

    /// Whether a Chinese reference at `start` follows the title of another instrument:
    /// `《布达佩斯公约》第二十四条` (unless the title is the negotiated text's, or `本公约`).
    func precededByOtherInstrument(_ bytes: [UInt8], before start: Int) -> Bool {
        let cursor = ByteCursor(bytes: bytes, position: start)
        var offset = start
        while offset > 0, let previous = cursor.scalar(before: offset), previous == " " {
            offset -= 1
        }
        guard cursor.scalar(before: offset) == "》" else { return false }
        let head = String(decoding: bytes[max(0, offset - 240)..<offset], as: UTF8.self)
        guard let open = head.lastIndex(of: "《") else { return false }
        let title = head[head.index(after: open)...].dropLast()
        if title.contains("本公约") || (!instrument.isEmpty && title.contains(instrument)) { return false }
        return true
    }

    // MARK: Sentences in other scripts

    /// The sentence ends of Chinese (`。`, `！`, `？`, `；`, full width) and Arabic (`؛`, `؟`).
    private static let wideTerminators: [[UInt8]] = ["。", "！", "？", "；"].map { Array($0.utf8) }
    private static let arabicTerminators: [[UInt8]] = ["؛", "؟"].map { Array($0.utf8) }

    /// Whether a sentence starts at `index + 1` after a Chinese terminator ending at `index`,
    /// or after an Arabic one and the space at `index`.
    static func isWideSentenceBoundary(_ bytes: [UInt8], at index: Int) -> Bool {
        if index >= 2, wideTerminators.contains(where: { $0.elementsEqual(bytes[(index - 2)...index]) }) { return true }
        let byte = bytes[index]
        guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n"), index >= 2 else { return false }
        return arabicTerminators.contains { $0.elementsEqual(bytes[(index - 2)..<index]) }
    }

    /// The length of the terminator at `index` when a sentence ends with it there, or `nil`.
    static func wideSentenceEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        if index + 3 <= bytes.count, wideTerminators.contains(where: { $0.elementsEqual(bytes[index..<(index + 3)]) }) { return 3 }
        if index + 2 <= bytes.count, arabicTerminators.contains(where: { $0.elementsEqual(bytes[index..<(index + 2)]) }),
           index + 2 == bytes.count || bytes[index + 2] == UInt8(ascii: " ") || bytes[index + 2] == UInt8(ascii: "\n") {
            return 2
        }
        return nil
    }

    /// Whether the UTF-8 `pattern` starts (or ends) with a Chinese character, which needs no
    /// word boundary.
    static func startsWithHan(_ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first else { return false }
        return (0xE3...0xE9).contains(first)
    }

    static func endsWithHan(_ pattern: [UInt8]) -> Bool {
        pattern.count >= 3 && (0xE3...0xE9).contains(pattern[pattern.count - 3])
    }
}
