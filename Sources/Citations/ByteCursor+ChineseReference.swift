import Addressing
import Structure

extension ByteCursor {
    /// A Chinese reference at the cursor, or `nil` (the cursor is then unchanged): numbers
    /// between `第` and a marker, in Chinese numerals or digits: `第二十四条第二款`, `第24条`,
    /// `第二十四条第二款第(二)项`, `第六条至第十六条`, `第6至16条`, `第六条和第七条`,
    /// `第三条、第二十三条和第五十三条`, `第四章`, `序言部分第九段`.
    mutating func chineseReference() -> ReferenceMatch? {
        let start = position
        if let recital = chineseRecital() { return recital }
        guard consume(scalar: "第") else { return nil }
        let numberStart = position
        guard let number = chineseNumber() else {
            position = start
            return nil
        }
        let numberEnd = position
        let writtenInWords = bytes[numberStart..<numberEnd].allSatisfy { $0 >= 0x80 }
        if consume(scalar: "章") {
            let chapter = writtenInWords ? ProvisionWords.roman(Int(number) ?? 0) : number
            return ReferenceMatch(start: start, end: position, links: [.init(start: start, end: position, target: ReferenceTarget(kind: .chapter, number: chapter))], external: false, ranges: [])
        }
        // 第6至16条: a range sharing its marker.
        var probe = self
        if probe.consume(scalar: "至") || probe.consume(scalar: "到") {
            let secondStart = probe.position
            _ = probe.consume(scalar: "第")
            if let last = probe.chineseNumber(), probe.consume(scalar: "条") {
                let from = ReferenceTarget(kind: .article, number: number)
                let to = ReferenceTarget(kind: .article, number: last)
                self = probe
                return ReferenceMatch(
                    start: start, end: position, links: [.init(start: start, end: numberEnd, target: from), .init(start: secondStart, end: position, target: to)],
                    external: false, ranges: [(from, to)]
                )
            }
        }
        guard consume(scalar: "条") else {
            position = start
            return nil
        }
        // 条件 ("conditions"): "条" starting another word is no article.
        if currentScalar == "件" {
            position = start
            return nil
        }
        var links = [chineseArticleParts(number: chineseInsertion(after: number), linkStart: start)]
        var ranges: [(ReferenceTarget, ReferenceTarget)] = []
        var end = position
        while true {
            let before = position
            var isRange = false
            if consume(scalar: "至") || consume(scalar: "到") {
                isRange = true
            } else if !(consume(scalar: "、") || consume(scalar: "和") || consume(scalar: "及") || consume(scalar: "与") || consume(scalar: "或")) {
                break
            }
            skipSpaces()
            let itemStart = position
            guard consume(scalar: "第"), let next = chineseNumber(), consume(scalar: "条") else {
                position = before
                break
            }
            let item = chineseArticleParts(number: chineseInsertion(after: next), linkStart: itemStart)
            if isRange, let from = links.last?.target { ranges.append((from, item.target)) }
            links.append(item)
            end = position
        }
        position = end
        return ReferenceMatch(start: start, end: end, links: links, external: false, ranges: ranges)
    }

    /// `number` with the suffix of an inserted article when `之二`, `之三`... follows
    /// (`第十九条之二` is article 19 bis, as its heading reads), consumed; `number` alone
    /// otherwise (`第十九条之规定` is article 19).
    private mutating func chineseInsertion(after number: String) -> String {
        var probe = self
        guard probe.consume(scalar: "之") else { return number }
        var written = ""
        while let (scalar, length) = probe.scalar(at: probe.position), Numeral.isChineseNumeral(scalar), written.unicodeScalars.count < 3 {
            written.unicodeScalars.append(scalar)
            probe.position += length
        }
        let suffixes = ProvisionWords.insertionSuffixes
        guard let value = Numeral.value(written), value >= 2, value - 2 < suffixes.count else { return number }
        self = probe
        return number + " " + suffixes[value - 2]
    }

    /// The paragraph and points after `第N条`: `第二款`, `第(二)项`, `(二)项`, `第二项`, and
    /// a sub-point of a point: `第1目` (as `(i)`).
    private mutating func chineseArticleParts(number: String, linkStart: Int) -> ReferenceMatch.Link {
        var target = ReferenceTarget(kind: .article, number: number)
        var probe = self
        if probe.consume(scalar: "第"), let paragraph = probe.chineseNumber(), probe.consume(scalar: "款") {
            target.paragraph = paragraph
            self = probe
        }
        while true {
            probe = self
            _ = probe.consume(scalar: "第")
            if let point = probe.localPoint() {
                _ = probe.consume(scalar: "项")
                target.points.append(point)
                self = probe
                continue
            }
            probe = self
            _ = probe.consume(scalar: "第")
            if let last = target.points.last, PointLabel.isLetter(last), let value = probe.chineseNumber(), probe.consume(scalar: "目"),
               let value = Int(value), (1...39).contains(value) {
                target.points.append(PointLabel.roman(value))
                self = probe
                continue
            }
            probe = self
            _ = probe.consume(scalar: "第")
            if let value = probe.chineseNumber(), probe.consume(scalar: "项"), let value = Int(value), (1...26).contains(value) {
                let label = String(Unicode.Scalar(UInt8(ascii: "a") + UInt8(value - 1)))
                target.points.append(label)
                self = probe
                continue
            }
            break
        }
        return ReferenceMatch.Link(start: linkStart, end: position, target: target)
    }

    /// `序言第九段`, `序言部分第9段`, `序言的第9段`.
    private mutating func chineseRecital() -> ReferenceMatch? {
        let start = position
        guard consume(scalar: "序"), consume(scalar: "言") else {
            position = start
            return nil
        }
        if consume(scalar: "部") { _ = consume(scalar: "分") }
        _ = consume(scalar: "的")
        guard consume(scalar: "第"), let number = chineseNumber(), consume(scalar: "段") else {
            position = start
            return nil
        }
        let target = ReferenceTarget(kind: .recital, number: number)
        return ReferenceMatch(start: start, end: position, links: [.init(start: start, end: position, target: target)], external: false, ranges: [])
    }
}
