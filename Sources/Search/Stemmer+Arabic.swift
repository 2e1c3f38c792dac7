extension Stemmer {
    /// The Arabic prefixes ``stemArabic(_:)`` removes, the first that fits: the article
    /// `ال` and the conjunctions and prepositions written with it (`وال`, `بال`, `كال`,
    /// `فال`, `لل`), each only when at least 2 letters remain.
    static let arabicPrefixes: [[UInt8]] = ["وال", "بال", "كال", "فال", "لل", "ال"].map { Array($0.utf8) }

    /// Light Arabic stemming of a folded word given as UTF-8, in place: the first prefix of
    /// ``arabicPrefixes`` that leaves at least 2 letters, else a leading `و` ("and") that
    /// leaves at least 3. Suffixes are kept. The client does exactly the same.
    static func stemArabic(_ w: inout [UInt8]) {
        for prefix in arabicPrefixes where w.starts(with: prefix) && scalarCount(w, from: prefix.count) >= 2 {
            w.removeFirst(prefix.count)
            return
        }
        let waw: [UInt8] = [0xD9, 0x88]
        if w.starts(with: waw) && scalarCount(w, from: 2) >= 3 { w.removeFirst(2) }
    }

    /// The number of characters of UTF-8 `w` from byte `start`.
    private static func scalarCount(_ w: [UInt8], from start: Int) -> Int {
        w[start...].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
