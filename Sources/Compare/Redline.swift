/// A word-level comparison of two texts: what was kept, deleted and inserted.
///
/// The texts are compared line by line first: lines with the same words are paired, then
/// lines alike enough (``RedlineLine``); the number or label that starts a line (`2.`,
/// `(b)`) is a unit of its own, so a deleted point is struck whole and a relettered one reads
/// `(c) → (b)`. Paired lines are cut into words, single punctuation marks and runs of white
/// space (``RedlineToken``), compared with Myers' shortest edit script, then tidied for
/// reading: a change of several words reads as one deletion followed by one insertion, not
/// as alternating fragments. Deterministic: the same texts always give the same segments.
public struct Redline: Sendable, Hashable {
    /// What happened to a run of text.
    public enum Operation: String, Sendable, Hashable { case equal, delete, insert }

    /// A run of text and what happened to it.
    public struct Segment: Sendable, Hashable {
        public var operation: Operation
        public var text: String
        /// Whether the text is the number or label of a paragraph or point (`2.`, `(b)`),
        /// deleted or inserted whole.
        public var isLabel = false
    }

    /// In order; deletions come before insertions at the same place, and no two neighbours
    /// share an operation, except a label and its neighbour.
    public var segments: [Segment]

    /// The most edits the comparison searches for; past it, the texts are too different to
    /// compare word by word, and the changed middle is shown as deleted, then inserted.
    static let maximumEdits = 2_000

    public init(from old: String, to new: String) {
        segments = old.isEmpty && new.isEmpty ? [] : Self.lineSegments(old, new)
    }

    /// The word-level redline of two texts, labels not set apart.
    static func wordSegments(_ old: String, _ new: String) -> [Segment] {
        let a = RedlineToken.split(old), b = RedlineToken.split(new)
        var ids: [String: Int] = [:]
        func id(_ token: RedlineToken) -> Int {
            if let known = ids[token.text] { return known }
            ids[token.text] = ids.count
            return ids.count - 1
        }
        let edits = Self.absorbingSpaces(Self.edits(a.map(id), b.map(id)), a)
        return Self.segments(edits, a, b)
    }

    /// Whether any word, mark or space differs.
    public var hasChanges: Bool { segments.contains { $0.operation != .equal } }

    /// The words deleted.
    public var deletedWords: Int { wordCount(.delete) }

    /// The words inserted.
    public var insertedWords: Int { wordCount(.insert) }

    /// The old text: what was kept and what was deleted.
    public var oldText: String { segments.filter { $0.operation != .insert }.map(\.text).joined() }

    /// The new text: what was kept and what was inserted.
    public var newText: String { segments.filter { $0.operation != .delete }.map(\.text).joined() }

    private func wordCount(_ operation: Operation) -> Int {
        segments.filter { $0.operation == operation }.reduce(0) { $0 + RedlineToken.split($1.text).filter(\.isWord).count }
    }
}

extension Redline {
    /// One step of the edit script: keep, delete or insert one token.
    enum Edit: Equatable {
        case keep(Int, Int), delete(Int), insert(Int)
    }

    /// The shortest edit script from `x` to `y` (Myers 1986), the common ends trimmed first:
    /// tokens or lines as numbers, so that strings (canonical equivalence included) are
    /// compared once each.
    static func edits(_ x: [Int], _ y: [Int]) -> [Edit] {
        var prefix = 0
        while prefix < x.count, prefix < y.count, x[prefix] == y[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < x.count - prefix, suffix < y.count - prefix, x[x.count - 1 - suffix] == y[y.count - 1 - suffix] { suffix += 1 }
        var result = (0..<prefix).map { Edit.keep($0, $0) }
        let middle = myers(Array(x[prefix..<(x.count - suffix)]), Array(y[prefix..<(y.count - suffix)]))
            ?? (Array(0..<(x.count - suffix - prefix)).map { Edit.delete($0) } + Array(0..<(y.count - suffix - prefix)).map { Edit.insert($0) })
        for edit in middle {
            switch edit {
            case .keep(let i, let j): result.append(.keep(i + prefix, j + prefix))
            case .delete(let i): result.append(.delete(i + prefix))
            case .insert(let j): result.append(.insert(j + prefix))
            }
        }
        for k in 0..<suffix { result.append(.keep(x.count - suffix + k, y.count - suffix + k)) }
        return result
    }

    /// Myers' greedy algorithm with the furthest reaching paths kept for each edit count;
    /// `nil` when more than ``maximumEdits`` edits would be needed.
    private static func myers(_ x: [Int], _ y: [Int]) -> [Edit]? {
        let n = x.count, m = y.count
        if n == 0 { return (0..<m).map { .insert($0) } }
        if m == 0 { return (0..<n).map { .delete($0) } }
        let limit = min(n + m, maximumEdits)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        for d in 0...limit {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var i = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var j = i - k
                while i < n, j < m, x[i] == y[j] { i += 1; j += 1 }
                v[offset + k] = i
                if i >= n && j >= m { return backtrack(trace, v: v, d: d, n: n, m: m, offset: offset) }
            }
        }
        return nil
    }

    /// Walks the kept paths back from the end, giving the edits in order.
    private static func backtrack(_ trace: [[Int]], v last: [Int], d: Int, n: Int, m: Int, offset: Int) -> [Edit] {
        var edits: [Edit] = []
        var (i, j) = (n, m)
        for step in stride(from: d, to: 0, by: -1) {
            let v = trace[step]
            let k = i - j
            let down = k == -step || (k != step && v[offset + k - 1] < v[offset + k + 1])
            let previousK = down ? k + 1 : k - 1
            let previousI = v[offset + previousK]
            let previousJ = previousI - previousK
            while i > previousI && j > previousJ {
                i -= 1; j -= 1
                edits.append(.keep(i, j))
            }
            if down { j -= 1; edits.append(.insert(j)) } else { i -= 1; edits.append(.delete(i)) }
        }
        while i > 0 && j > 0 {
            i -= 1; j -= 1
            edits.append(.keep(i, j))
        }
        return edits.reversed()
    }

    /// Spaces kept between two changes become part of both, so that "a b c" -> "x y z"
    /// reads as one deletion and one insertion; each run of changes is then ordered
    /// deletions first.
    static func absorbingSpaces(_ edits: [Edit], _ a: [RedlineToken]) -> [Edit] {
        // Mark kept spaces between changes as changed (the token moves to both sides).
        var result: [Edit] = []
        var index = 0
        while index < edits.count {
            guard case .keep = edits[index] else { result.append(edits[index]); index += 1; continue }
            var end = index
            while end < edits.count, case .keep = edits[end] { end += 1 }
            let kept = edits[index..<end]
            let between = index > 0 && end < edits.count
            if between, kept.count == 1, case .keep(let i, let j) = kept[index], a[i].isSpace {
                result += [.delete(i), .insert(j)]
            } else {
                result += kept
            }
            index = end
        }
        // Order each run of changes: deletions, then insertions, each in token order.
        var ordered: [Edit] = []
        var run: [Edit] = []
        func flush() {
            ordered += run.filter { if case .delete = $0 { true } else { false } }
            ordered += run.filter { if case .insert = $0 { true } else { false } }
            run = []
        }
        for edit in result {
            if case .keep = edit { flush(); ordered.append(edit) } else { run.append(edit) }
        }
        flush()
        return ordered
    }

    /// The edits as segments of text, neighbours of one operation joined.
    static func segments(_ edits: [Edit], _ a: [RedlineToken], _ b: [RedlineToken]) -> [Segment] {
        var segments: [Segment] = []
        func append(_ operation: Operation, _ text: String) {
            if let last = segments.last, last.operation == operation {
                segments[segments.count - 1].text += text
            } else {
                segments.append(Segment(operation: operation, text: text))
            }
        }
        for edit in edits {
            switch edit {
            case .keep(let i, _): append(.equal, a[i].text)
            case .delete(let i): append(.delete, a[i].text)
            case .insert(let j): append(.insert, b[j].text)
            }
        }
        return segments
    }
}
