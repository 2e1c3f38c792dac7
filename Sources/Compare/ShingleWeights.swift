import Foundation

/// The word pairs of the articles of two drafts as weighted vectors: each pair weighs its
/// inverse document frequency over those articles, so the formulas every article repeats
/// ("Each State Party shall") count for little and rare pairs for much.
///
/// Pairs are numbered once, and each article's pairs kept sorted, so comparing two articles
/// is a merge of two integer arrays.
struct ShingleWeights: Sendable {
    private let weights: [Double]
    /// The sorted pair numbers of each article, in the order given to `init`.
    private let vectors: [[Int32]]
    /// The summed weight of each article's pairs.
    private let totals: [Double]

    init(_ fingerprints: [ArticleFingerprint]) {
        var numbers: [String: Int32] = [:]
        var frequency: [Int] = []
        var vectors: [[Int32]] = []
        vectors.reserveCapacity(fingerprints.count)
        for fingerprint in fingerprints {
            var vector: [Int32] = []
            vector.reserveCapacity(fingerprint.shingles.count)
            for shingle in fingerprint.shingles {
                let number: Int32
                if let known = numbers[shingle] {
                    number = known
                } else {
                    number = Int32(frequency.count)
                    numbers[shingle] = number
                    frequency.append(0)
                }
                frequency[Int(number)] += 1
                vector.append(number)
            }
            vectors.append(vector.sorted())
        }
        let count = Double(max(fingerprints.count, 1))
        let weights = frequency.map { log(1 + count / Double($0)) }
        self.weights = weights
        self.vectors = vectors
        self.totals = vectors.map { $0.reduce(0) { $0 + weights[Int($1)] } }
    }

    /// The summed weight of the pairs articles `a` and `b` share.
    private func shared(_ a: Int, _ b: Int) -> Double {
        let (x, y) = (vectors[a], vectors[b])
        var (i, j) = (0, 0)
        var sum = 0.0
        while i < x.count && j < y.count {
            if x[i] == y[j] {
                sum += weights[Int(x[i])]
                i += 1
                j += 1
            } else if x[i] < y[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The weighted Dice similarity of articles `a` and `b`, from 0 to 1.
    func similarity(_ a: Int, _ b: Int) -> Double {
        let total = totals[a] + totals[b]
        return total > 0 ? 2 * shared(a, b) / total : 0
    }

    /// How much of article `a` (weighted) is found in article `b`, from 0 to 1: a part
    /// split off, or merged in.
    func containment(_ a: Int, in b: Int) -> Double {
        totals[a] > 0 ? shared(a, b) / totals[a] : 0
    }
}
