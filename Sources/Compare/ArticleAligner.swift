/// Aligns the articles of two consecutive drafts: which article of the newer draft continues
/// which article of the older one, and on what evidence.
///
/// 1. Text: articles whose texts share most word pairs, rare pairs weighing more (titles
///    weigh in when both have one).
/// 2. Title: where either text is missing (a partial record), articles with similar titles.
/// 3. Number: what is left pairs by number, unless text or titles say they differ.
/// 4. What is still unpaired is checked for a split (a new article made of part of an old
///    one) or a merge (an old article absorbed into a new one).
///
/// Pairs are taken best first, ties broken by position then index: the result is deterministic.
struct ArticleAligner {
    /// One article continuing another.
    struct Link: Hashable {
        var older: Int
        var newer: Int
        var basis: Provision.Basis
    }

    /// What the alignment found.
    struct Result {
        var links: [Link] = []
        /// Newer articles split from an older one (newer, older).
        var splits: [(newer: Int, older: Int)] = []
        /// Older articles merged into a newer one (older, newer).
        var merges: [(older: Int, newer: Int)] = []
    }

    /// The least score for a pairing by text or title.
    static let pairThreshold = 0.5
    /// The least share of a text found in another for a split or merge.
    static let partThreshold = 0.5

    let older: [ArticleFingerprint]
    let newer: [ArticleFingerprint]
    /// The pairs of `older`, then of `newer`, weighted.
    let weights: ShingleWeights

    init(older: [ArticleFingerprint], newer: [ArticleFingerprint]) {
        self.older = older
        self.newer = newer
        self.weights = ShingleWeights(older + newer)
    }

    /// Aligns the articles not in `fixedOlder` / `fixedNewer` (the editor placed those).
    func align(fixedOlder: Set<Int> = [], fixedNewer: Set<Int> = []) -> Result {
        var result = Result()
        var freeOlder = Set(older.indices).subtracting(fixedOlder)
        var freeNewer = Set(newer.indices).subtracting(fixedNewer)

        // 1 and 2: by content, best score first.
        var candidates: [(score: Double, distance: Double, older: Int, newer: Int, basis: Provision.Basis)] = []
        for i in freeOlder.sorted() {
            for j in freeNewer.sorted() {
                if let (score, basis) = score(i, j) {
                    candidates.append((score, relativeDistance(i, j), i, j, basis))
                }
            }
        }
        candidates.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.distance != b.distance { return a.distance < b.distance }
            return (a.older, a.newer) < (b.older, b.newer)
        }
        for candidate in candidates where freeOlder.contains(candidate.older) && freeNewer.contains(candidate.newer) {
            result.links.append(Link(older: candidate.older, newer: candidate.newer, basis: candidate.basis))
            freeOlder.remove(candidate.older)
            freeNewer.remove(candidate.newer)
        }

        // 3: by number, where nothing contradicts it.
        let newerByNumber = Dictionary(freeNewer.map { (newer[$0].number, $0) }, uniquingKeysWith: min)
        for i in freeOlder.sorted() {
            guard let j = newerByNumber[older[i].number], freeNewer.contains(j), !contradicts(i, j) else { continue }
            result.links.append(Link(older: i, newer: j, basis: .number))
            freeOlder.remove(i)
            freeNewer.remove(j)
        }

        // 4: splits and merges among what is left.
        for j in freeNewer.sorted() where newer[j].hasText {
            if let i = best(older.indices, { weights.containment(older.count + j, in: $0) }) {
                result.splits.append((j, i))
            }
        }
        for i in freeOlder.sorted() where older[i].hasText {
            if let j = best(newer.indices, { weights.containment(i, in: older.count + $0) }) {
                result.merges.append((i, j))
            }
        }
        result.links.sort { ($0.older, $0.newer) < ($1.older, $1.newer) }
        return result
    }

    /// The score of pairing older article `i` with newer article `j` by content, or `nil`
    /// when they are not alike enough.
    private func score(_ i: Int, _ j: Int) -> (Double, Provision.Basis)? {
        let (a, b) = (older[i], newer[j])
        let sameNumber = a.number == b.number ? 0.05 : 0
        if a.hasText && b.hasText {
            var score = weights.similarity(i, older.count + j)
            // The same title says much: a provision often grows from a sentence to paragraphs.
            if a.hasTitle && b.hasTitle { score = 0.6 * score + 0.4 * a.titleSimilarity(b) }
            return score >= Self.pairThreshold ? (score + sameNumber, .text) : nil
        }
        if a.hasTitle && b.hasTitle {
            let score = a.titleSimilarity(b)
            return score >= Self.pairThreshold ? (score + sameNumber, .title) : nil
        }
        return nil
    }

    /// Whether text or titles say two articles of the same number are different provisions
    /// (alike titles outweigh unlike texts).
    private func contradicts(_ i: Int, _ j: Int) -> Bool {
        let (a, b) = (older[i], newer[j])
        if a.hasTitle && b.hasTitle { return a.titleSimilarity(b) < 0.34 }
        return a.hasText && b.hasText && weights.similarity(i, older.count + j) < 0.2
    }

    /// How far apart two articles stand in their drafts, as a share of the draft.
    private func relativeDistance(_ i: Int, _ j: Int) -> Double {
        abs(Double(i) / Double(max(older.count, 1)) - Double(j) / Double(max(newer.count, 1)))
    }

    /// The index with the highest `measure` at or above the part threshold; the first on ties.
    private func best(_ indices: Range<Int>, _ measure: (Int) -> Double) -> Int? {
        var found: (index: Int, value: Double)?
        for index in indices {
            let value = measure(index)
            if value >= Self.partThreshold, value > (found?.value ?? 0) { found = (index, value) }
        }
        return found?.index
    }
}
