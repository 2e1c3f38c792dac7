/// Light English stemming: steps 1a, 1b and 1c of Porter's algorithm (docs/search.md,
/// "Words"), so `parties` and `party` meet at `parti`, `offences` at `offence`.
///
/// Only words of more than 3 letters, all of them `a`–`z`, are stemmed; the client does
/// exactly the same.
enum Stemmer {
    /// The stem of a folded word.
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Stems a folded word given as UTF-8, in place.
    static func stem(_ w: inout [UInt8]) {
        guard w.count > 3, w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return }
        step1a(&w)
        step1b(&w)
        step1c(&w)
    }

    private static func step1a(_ w: inout [UInt8]) {
        if ends(w, "sses") {
            w.removeLast(2)
        } else if ends(w, "ies") {
            w.removeLast(2)
        } else if ends(w, "ss") {
            return
        } else if ends(w, "s") {
            w.removeLast()
        }
    }

    private static func step1b(_ w: inout [UInt8]) {
        if ends(w, "eed") {
            if measure(w, upTo: w.count - 3) > 0 { w.removeLast() }
            return
        }
        let suffix: Int
        if ends(w, "ed") {
            suffix = 2
        } else if ends(w, "ing") {
            suffix = 3
        } else {
            return
        }
        guard hasVowel(w, upTo: w.count - suffix) else { return }
        w.removeLast(suffix)
        if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
            w.append(0x65)
        } else if endsWithDoubleConsonant(w) {
            let last = w[w.count - 1]
            if last != 0x6C && last != 0x73 && last != 0x7A { w.removeLast() }
        } else if measure(w, upTo: w.count) == 1 && endsConsonantVowelConsonant(w) {
            w.append(0x65)
        }
    }

    private static func step1c(_ w: inout [UInt8]) {
        if ends(w, "y") && hasVowel(w, upTo: w.count - 1) { w[w.count - 1] = 0x69 }
    }

    private static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard w.count >= count else { return false }
        return suffix.withUTF8Buffer { buffer in
            var i = 0
            while i < count {
                if w[w.count - count + i] != buffer[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// Porter's consonant: not a, e, i, o, u, and not a `y` after a consonant.
    private static func isConsonant(_ w: [UInt8], _ i: Int) -> Bool {
        switch w[i] {
        case 0x61, 0x65, 0x69, 0x6F, 0x75: return false
        case 0x79: return i == 0 ? true : !isConsonant(w, i - 1)
        default: return true
        }
    }

    /// The number of vowel-consonant sequences in `w[0..<end]`.
    private static func measure(_ w: [UInt8], upTo end: Int) -> Int {
        var m = 0
        var i = 0
        while i < end && isConsonant(w, i) { i += 1 }
        while i < end {
            while i < end && !isConsonant(w, i) { i += 1 }
            guard i < end else { break }
            m += 1
            while i < end && isConsonant(w, i) { i += 1 }
        }
        return m
    }

    private static func hasVowel(_ w: [UInt8], upTo end: Int) -> Bool {
        (0..<max(0, end)).contains { !isConsonant(w, $0) }
    }

    private static func endsWithDoubleConsonant(_ w: [UInt8]) -> Bool {
        let j = w.count - 1
        return j >= 1 && w[j] == w[j - 1] && isConsonant(w, j)
    }

    /// Consonant, vowel, consonant at the end, the last not w, x or y (`hop`, not `how`).
    private static func endsConsonantVowelConsonant(_ w: [UInt8]) -> Bool {
        let i = w.count - 1
        guard i >= 2, isConsonant(w, i), !isConsonant(w, i - 1), isConsonant(w, i - 2) else { return false }
        return w[i] != 0x77 && w[i] != 0x78 && w[i] != 0x79
    }
}
