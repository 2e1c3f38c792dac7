import Foundation

/// How much each word pair says about an article: its inverse document frequency over the
/// articles of the two drafts being aligned, so shared formulas count for little.
struct ShingleWeights: Sendable {
    private let weights: [String: Double]
    private let unseen: Double

    init(_ fingerprints: [ArticleFingerprint]) {
        var frequency: [String: Int] = [:]
        for fingerprint in fingerprints {
            for shingle in fingerprint.shingles { frequency[shingle, default: 0] += 1 }
        }
        let count = Double(max(fingerprints.count, 1))
        weights = frequency.mapValues { log(1 + count / Double($0)) }
        unseen = log(1 + count)
    }

    func weight(_ shingle: String) -> Double {
        weights[shingle] ?? unseen
    }

    /// The summed weight of `shingles`.
    func total(_ shingles: Set<String>) -> Double {
        shingles.reduce(0) { $0 + weight($1) }
    }

    /// The summed weight of the pairs `a` and `b` share.
    func shared(_ a: Set<String>, _ b: Set<String>) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        return small.reduce(0) { large.contains($1) ? $0 + weight($1) : $0 }
    }
}
