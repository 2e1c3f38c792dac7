import Addressing
import Foundation

/// Aligns the recitals of a translation with those of its original by their content when
/// their counts differ, so that a preambular paragraph missing (or added) in the middle is
/// found where it is rather than at the end (recitals are numbered by position: one missing
/// recital moves every anchor after it).
///
/// Texts in two languages share little but their proportions and their numbers: each pair
/// costs how far the ratio of their lengths lies from the ratio of the whole preambles, plus
/// how much their digit runs differ (`75/282`, `2001`, in any script's digits); a recital
/// left without counterpart costs a fixed amount. The cheapest alignment (dynamic
/// programming, ties broken towards pairing) gives the gaps. Pure and deterministic.
enum RecitalAlignment {
    /// One step of an alignment: a pair of recitals (indexes into the original and the
    /// translation), an original recital without translation, or a translated one without
    /// original.
    enum Step: Equatable {
        case pair(Int, Int)
        case missing(Int)
        case extra(Int)
    }

    /// What a recital without counterpart costs.
    static let gapCost = 1.0

    /// The cheapest alignment of `original` and `translation` (the recitals' plain texts), in order.
    static func align(original: [String], translation: [String]) -> [Step] {
        let source = original.map(Features.init)
        let target = translation.map(Features.init)
        return refined(source, target).steps
    }

    /// The alignment and the ratio of the languages' lengths it was made with: first from the
    /// whole preambles (biased by the recitals without counterpart), then twice from the pairs
    /// of the alignment it gives.
    private static func refined(_ source: [Features], _ target: [Features]) -> (steps: [Step], scale: Double) {
        var scale = ratio(source.map(\.length).reduce(0, +), target.map(\.length).reduce(0, +))
        var steps = align(source, target, scale: scale)
        for _ in 0..<2 {
            var (pairedSource, pairedTarget) = (0, 0)
            for case .pair(let i, let j) in steps {
                pairedSource += source[i].length
                pairedTarget += target[j].length
            }
            scale = ratio(pairedSource, pairedTarget)
            steps = align(source, target, scale: scale)
        }
        return (steps, scale)
    }

    /// How much clearer the best place of a single gap must be than the next best for the
    /// alignment to name it.
    static let margin = 0.25

    /// When the counts differ by one, whether the content tells where the gap is: the
    /// cheapest place for it costs at least ``margin`` less than any other; and the two
    /// cheapest places (indexes into the longer list), best first. `nil` for other counts.
    static func singleGap(original: [String], translation: [String]) -> (clear: Bool, places: [Int])? {
        guard abs(original.count - translation.count) == 1 else { return nil }
        let source = original.map(Features.init)
        let target = translation.map(Features.init)
        let scale = refined(source, target).scale
        let (longer, shorter, longerIsSource) = source.count > target.count ? (source, target, true) : (target, source, false)
        var costs: [(place: Int, cost: Double)] = []
        for gap in 0..<longer.count {
            var total = 0.0
            for (offset, item) in shorter.enumerated() {
                let other = longer[offset < gap ? offset : offset + 1]
                total += longerIsSource ? pairCost(other, item, scale: scale) : pairCost(item, other, scale: scale)
            }
            costs.append((gap, total))
        }
        costs.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.place < $1.place }
        guard costs.count > 1 else { return (true, costs.map { $0.place }) }
        return (costs[1].cost - costs[0].cost >= margin, [costs[0].place, costs[1].place])
    }

    /// The logarithm of `target / source`.
    private static func ratio(_ source: Int, _ target: Int) -> Double {
        log(Double(max(1, target)) / Double(max(1, source)))
    }

    /// The cheapest alignment for a given ratio of lengths.
    private static func align(_ source: [Features], _ target: [Features], scale: Double) -> [Step] {
        let (m, n) = (source.count, target.count)
        var cost = Array(repeating: Array(repeating: Double.infinity, count: n + 1), count: m + 1)
        cost[0][0] = 0
        for i in 0...m {
            for j in 0...n {
                if i > 0, j > 0 {
                    cost[i][j] = min(cost[i][j], cost[i - 1][j - 1] + pairCost(source[i - 1], target[j - 1], scale: scale))
                }
                if i > 0 { cost[i][j] = min(cost[i][j], cost[i - 1][j] + gapCost) }
                if j > 0 { cost[i][j] = min(cost[i][j], cost[i][j - 1] + gapCost) }
            }
        }
        var steps: [Step] = []
        var (i, j) = (m, n)
        while i > 0 || j > 0 {
            if i > 0, j > 0, abs(cost[i][j] - (cost[i - 1][j - 1] + pairCost(source[i - 1], target[j - 1], scale: scale))) < 1e-9 {
                steps.append(.pair(i - 1, j - 1))
                (i, j) = (i - 1, j - 1)
            } else if i > 0, abs(cost[i][j] - (cost[i - 1][j] + gapCost)) < 1e-9 {
                steps.append(.missing(i - 1))
                i -= 1
            } else {
                steps.append(.extra(j - 1))
                j -= 1
            }
        }
        return steps.reversed()
    }

    /// What two recitals of different languages can be compared by.
    struct Features {
        var length: Int
        var numbers: Set<String>

        init(_ text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            length = max(1, trimmed.count)
            var numbers: Set<String> = []
            var run = ""
            for scalar in Numeral.asciiDigits(trimmed).unicodeScalars {
                if ("0"..."9").contains(scalar) {
                    run.unicodeScalars.append(scalar)
                } else {
                    if !run.isEmpty { numbers.insert(run) }
                    run = ""
                }
            }
            if !run.isEmpty { numbers.insert(run) }
            self.numbers = numbers
        }
    }

    /// How unlikely `source` and `target` are to be one recital in two languages.
    static func pairCost(_ source: Features, _ target: Features, scale: Double) -> Double {
        let lengths = abs(log(Double(target.length) / Double(source.length)) - scale)
        let numbers: Double
        switch (source.numbers.isEmpty, target.numbers.isEmpty) {
        case (true, true): numbers = 0
        case (false, false):
            let shared = source.numbers.intersection(target.numbers).count
            numbers = 1.5 * (1 - Double(shared) / Double(source.numbers.union(target.numbers).count))
        default: numbers = 0.75
        }
        return lengths + numbers
    }
}
