extension Redline {
    /// A piece of the redline before neighbours are joined: labels stay pieces of their own.
    struct Piece {
        var operation: Operation
        var text: Substring
        var isLabel = false
    }

    /// The redline of two texts of several lines: lines are paired first (the same words,
    /// whatever their labels; then, between those, lines alike enough), then each pair is
    /// compared word by word, its labels whole. A line left unpaired is deleted or inserted
    /// whole, its label with it.
    static func lineSegments(_ old: String, _ new: String) -> [Segment] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(RedlineLine.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(RedlineLine.init)
        var pieces: [Piece] = []
        var lastOld = false, lastNew = false
        // The line end before a line: kept when both texts go on to a new line here.
        func lineEnd(old: Bool, new: Bool) {
            let oldEnd = old && lastOld, newEnd = new && lastNew
            if oldEnd && newEnd {
                pieces.append(Piece(operation: .equal, text: "\n"))
            } else if oldEnd {
                pieces.append(Piece(operation: .delete, text: "\n"))
            } else if newEnd {
                pieces.append(Piece(operation: .insert, text: "\n"))
            }
            lastOld = lastOld || old
            lastNew = lastNew || new
        }
        for step in steps(a, b) {
            switch step {
            case .pair(let i, let j):
                lineEnd(old: true, new: true)
                pieces += compare(a[i], b[j])
            case .deleted(let i):
                lineEnd(old: true, new: false)
                if !a[i].text.isEmpty { pieces.append(Piece(operation: .delete, text: Substring(a[i].text))) }
            case .inserted(let j):
                lineEnd(old: false, new: true)
                if !b[j].text.isEmpty { pieces.append(Piece(operation: .insert, text: Substring(b[j].text))) }
            case .prose(let old, let new):
                lineEnd(old: true, new: true)
                let texts = (old.map { a[$0].text }.joined(separator: "\n"), new.map { b[$0].text }.joined(separator: "\n"))
                for segment in wordSegments(texts.0, texts.1) {
                    pieces.append(Piece(operation: segment.operation, text: Substring(segment.text)))
                }
            }
        }
        return joined(ordered(pieces))
    }

    /// Two paired lines: the labels whole (kept, or the old deleted and the new inserted),
    /// the words compared.
    private static func compare(_ old: RedlineLine, _ new: RedlineLine) -> [Piece] {
        var pieces: [Piece] = []
        if old.label == new.label {
            pieces.append(Piece(operation: .equal, text: old.label + old.separator))
            if old.separator != new.separator { pieces[0].text = old.label }
        } else {
            if !old.label.isEmpty { pieces.append(Piece(operation: .delete, text: old.label, isLabel: true)) }
            if !new.label.isEmpty { pieces.append(Piece(operation: .insert, text: new.label, isLabel: true)) }
        }
        let oldRest = (old.label == new.label && old.separator == new.separator) ? old.body : old.separator + old.body
        let newRest = (old.label == new.label && old.separator == new.separator) ? new.body : new.separator + new.body
        for segment in wordSegments(String(oldRest), String(newRest)) {
            pieces.append(Piece(operation: segment.operation, text: Substring(segment.text)))
        }
        return pieces.filter { !$0.text.isEmpty }
    }

    /// A step through the lines of both texts.
    enum LineStep: Equatable {
        /// Lines compared with each other.
        case pair(Int, Int)
        /// A line deleted or inserted whole.
        case deleted(Int), inserted(Int)
        /// Lines without labels between two pairs, compared as one text, word by word (prose
        /// whose lines were cut elsewhere).
        case prose([Int], [Int])
    }

    /// The lines of `a` and `b` in order: paired, deleted, inserted, or compared as prose.
    static func steps(_ a: [RedlineLine], _ b: [RedlineLine]) -> [LineStep] {
        // Lines with the same words are paired first, whatever their labels.
        var ids: [Substring: Int] = [:]
        func id(_ line: RedlineLine) -> Int {
            if let known = ids[line.body] { return known }
            ids[line.body] = ids.count
            return ids.count - 1
        }
        let x = a.map(id), y = b.map(id)
        var result: [LineStep] = []
        var gapOld: [Int] = [], gapNew: [Int] = []
        func flushGap() {
            if !gapOld.isEmpty, !gapNew.isEmpty, !(gapOld.count == 1 && gapNew.count == 1),
               gapOld.allSatisfy({ a[$0].label.isEmpty }), gapNew.allSatisfy({ b[$0].label.isEmpty }) {
                result.append(.prose(gapOld, gapNew))
            } else {
                result += gapPairs(gapOld, gapNew, a, b)
            }
            gapOld = []
            gapNew = []
        }
        for edit in edits(x, y) {
            switch edit {
            case .keep(let i, let j):
                flushGap()
                result.append(.pair(i, j))
            case .delete(let i): gapOld.append(i)
            case .insert(let j): gapNew.append(j)
            }
        }
        flushGap()
        return result
    }

    /// The lines between two pairs of lines with the same words, some labelled: a lone line
    /// on each side is paired;
    /// otherwise the pairs of lines most alike, in order (dynamic programming), when at least
    /// half their words are shared (a little less when they keep their label). Unpaired
    /// lines: deletions, then insertions, before each pair.
    private static func gapPairs(_ old: [Int], _ new: [Int], _ a: [RedlineLine], _ b: [RedlineLine]) -> [LineStep] {
        if old.count == 1 && new.count == 1 { return [.pair(old[0], new[0])] }
        // Past this size, a gap is a rewrite: deleted, then inserted.
        guard !old.isEmpty, !new.isEmpty, old.count * new.count <= 40_000 else {
            return old.map { .deleted($0) } + new.map { .inserted($0) }
        }
        let n = old.count, m = new.count
        var score = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
        var alike = [[Double]](repeating: [Double](repeating: -1, count: m), count: n)
        let oldWords = old.map { a[$0].words }, newWords = new.map { b[$0].words }
        for i in 0..<n {
            for j in 0..<m {
                let line = a[old[i]], other = b[new[j]]
                let value = RedlineLine.similarity(oldWords[i], newWords[j]) + (line.label == other.label && !line.label.isEmpty ? 0.1 : 0)
                if value >= 0.5 { alike[i][j] = value }
            }
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                var best = max(score[i + 1][j], score[i][j + 1])
                if alike[i][j] >= 0 { best = max(best, alike[i][j] + score[i + 1][j + 1]) }
                score[i][j] = best
            }
        }
        var result: [LineStep] = []
        var deleted: [Int] = [], inserted: [Int] = []
        var i = 0, j = 0
        while i < n && j < m {
            if alike[i][j] >= 0 && score[i][j] == alike[i][j] + score[i + 1][j + 1] {
                result += deleted.map { .deleted($0) } + inserted.map { .inserted($0) }
                deleted = []
                inserted = []
                result.append(.pair(old[i], new[j]))
                i += 1
                j += 1
            } else if score[i][j] == score[i + 1][j] {
                deleted.append(old[i])
                i += 1
            } else {
                inserted.append(new[j])
                j += 1
            }
        }
        deleted += old[i...]
        inserted += new[j...]
        return result + deleted.map { .deleted($0) } + inserted.map { .inserted($0) }
    }

    /// Each run of changes between kept pieces as its deletions, then its insertions.
    private static func ordered(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        var run: [Piece] = []
        func flush() {
            result += run.filter { $0.operation == .delete } + run.filter { $0.operation == .insert }
            run = []
        }
        for piece in pieces {
            if piece.operation == .equal {
                flush()
                result.append(piece)
            } else {
                run.append(piece)
            }
        }
        flush()
        return result
    }

    /// Neighbouring pieces of one operation joined, except labels, which stay whole.
    private static func joined(_ pieces: [Piece]) -> [Segment] {
        var segments: [Segment] = []
        var lastIsLabel = false
        for piece in pieces where !piece.text.isEmpty {
            if let last = segments.last, last.operation == piece.operation, !lastIsLabel, !piece.isLabel {
                segments[segments.count - 1].text += piece.text
            } else {
                segments.append(Segment(operation: piece.operation, text: String(piece.text), isLabel: piece.isLabel))
            }
            lastIsLabel = piece.isLabel
        }
        return segments
    }
}
