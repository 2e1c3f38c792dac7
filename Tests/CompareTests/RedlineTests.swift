import Testing
@testable import Compare

/// Word-level redlines: what changed is marked, and only that.
@Suite struct RedlineTests {
    /// The redline as `[-deleted-]{+inserted+}` text.
    func marked(_ old: String, _ new: String) -> String {
        Redline(from: old, to: new).segments.map { segment in
            switch segment.operation {
            case .equal: segment.text
            case .delete: "[-\(segment.text)-]"
            case .insert: "{+\(segment.text)+}"
            }
        }.joined()
    }

    @Test func aDeletedPointIsStruckWholeAndTheRelabelledOneShowsOldAndNewLabel() {
        let old = "1. This Convention shall not apply to:\n(a) samples held by States;\n(b) plastics used for national defence;\n(c) research samples."
        let new = "1. This Convention shall not apply to:\n(a) samples held by States;\n(b) research samples."
        #expect(marked(old, new) == "1. This Convention shall not apply to:\n(a) samples held by States;[-\n(b) plastics used for national defence;-]\n[-(c)-]{+(b)+} research samples.")
        let html = Redline(from: old, to: new).html()
        #expect(html.contains("\n<del>(b) plastics used for national defence;</del>\n<del>(c)</del> → <ins>(b)</ins> research samples."))
        #expect(!html.contains("(b<del>") && !html.contains("(<del>"))
    }

    @Test func paragraphNumbersAreWholeUnits() {
        #expect(marked("1. One.\n2. Two.\n3. Three.", "1. One.\n2. Three.") == "1. One.[-\n2. Two.-]\n[-3.-]{+2.+} Three.")
        #expect(marked("2. Each State Party shall adopt measures.", "3. Each State Party shall adopt measures by 2040.")
            == "[-2.-]{+3.+} Each State Party shall adopt measures{+ by 2040+}.")
    }

    @Test func anInsertedPointIsInsertedWholeAndTheFollowingOnesRelabelled() {
        let html = Redline(from: "(a) First;\n(b) Second.", to: "(a) First;\n(b) New point;\n(c) Second.").html()
        #expect(html == "(a) First;\n<ins>(b) New point;</ins>\n<del>(b)</del> → <ins>(c)</ins> Second.")
    }

    @Test func aRewordedPointKeepsItsLabelAndMarksItsWords() {
        #expect(marked("(a) To prevent crime;\n(b) To protect data.", "(a) To prevent and combat crime;\n(b) To protect data.")
            == "(a) To prevent {+and combat +}crime;\n(b) To protect data.")
    }

    @Test func labelsAreOnlyAtTheStartOfALine() {
        #expect(marked("see article 24(2)(b) here", "see article 24(2)(c) here") == "see article 24(2)([-b-]{+c+}) here")
        #expect(marked("in (b) here", "in (c) here") == "in ([-b-]{+c+}) here")
    }

    @Test func aLabelReplacedByAnotherIsTheOnlyPlaceTheArrowAppears() {
        #expect(!Redline(from: "shall adopt", to: "shall take").html().contains("→"))
        let segments = Redline(from: "(c) research samples.", to: "(b) research samples.").segments
        #expect(segments.map(\.isLabel) == [true, true, false])
    }

    @Test func aReplacedWordIsDeletedThenInserted() {
        #expect(marked("Each State Party shall provide safeguards.", "Each State Party shall ensure safeguards.")
            == "Each State Party shall [-provide-]{+ensure+} safeguards.")
    }

    @Test func insertionsAtTheStartMiddleAndEnd() {
        #expect(marked("shall adopt measures", "Each State shall adopt measures") == "{+Each State +}shall adopt measures")
        #expect(marked("shall adopt measures", "shall adopt legislative measures") == "shall adopt {+legislative +}measures")
        #expect(marked("shall adopt measures", "shall adopt measures, as appropriate") == "shall adopt measures{+, as appropriate+}")
    }

    @Test func deletionsAreMarked() {
        #expect(marked("shall, where appropriate, adopt", "shall adopt") == "shall[-, where appropriate,-] adopt")
    }

    @Test func onlyTheChangedPunctuationOrNumberIsMarked() {
        #expect(marked("Article 24, paragraph 2", "Article 24; paragraph 2") == "Article 24[-,-]{+;+} paragraph 2")
        #expect(marked("in paragraph 2 of this article", "in paragraph 3 of this article") == "in paragraph [-2-]{+3+} of this article")
        #expect(marked("article 24(2)(b)", "article 24(2)(c)") == "article 24(2)([-b-]{+c+})")
    }

    @Test func aChangeOfSeveralWordsReadsAsOneDeletionAndOneInsertion() {
        #expect(marked("the quick brown fox", "the slow red fox") == "the [-quick brown-]{+slow red+} fox")
        let redline = Redline(from: "the quick brown fox", to: "the slow red fox")
        #expect(redline.deletedWords == 2 && redline.insertedWords == 2)
    }

    @Test func identicalTextsHaveNoChanges() {
        let redline = Redline(from: "No change at all.", to: "No change at all.")
        #expect(!redline.hasChanges)
        #expect(redline.segments == [.init(operation: .equal, text: "No change at all.")])
        #expect(Redline(from: "", to: "").segments.isEmpty)
    }

    @Test func wordsAreUnicodeAware() {
        // Precomposed and decomposed é are the same word.
        #expect(!Redline(from: "coopération", to: "coope\u{301}ration").hasChanges)
        #expect(marked("la coopération internationale", "la coopération judiciaire") == "la coopération [-internationale-]{+judiciaire+}")
        #expect(marked("State's cross-border obligations", "State's cross-border duties") == "State's cross-border [-obligations-]{+duties+}")
        #expect(marked("التعاون الدولي", "التعاون القضائي") == "التعاون [-الدولي-]{+القضائي+}")
        #expect(marked("网络 犯罪", "网络 安全") == "网络 [-犯罪-]{+安全+}")
        #expect(marked("safe 🔒 text", "safe 🔓 text") == "safe [-🔒-]{+🔓+} text")
    }

    @Test func htmlEscapesBothTextsAndMarksChanges() {
        let html = Redline(from: "a <script>x</script> b", to: "a <b>y</b> b").html()
        #expect(!html.contains("<script>") && !html.contains("<b>"))
        #expect(html.contains("&lt;"))
        #expect(html.contains("<del>") && html.contains("<ins>"))
    }

    @Test func htmlNeverLetsAChangeSpanALineEnd() {
        let html = Redline(from: "1. One.", to: "1. One.\n2. Two added.\n3. Three added.").html()
        #expect(html == "1. One.\n<ins>2. Two added.</ins>\n<ins>3. Three added.</ins>")
        for line in html.split(separator: "\n") {
            #expect(line.components(separatedBy: "<ins>").count == line.components(separatedBy: "</ins>").count)
        }
    }

    /// A deterministic generator (SplitMix64) of word sequences.
    struct Words {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func text(_ count: Int) -> String {
            let vocabulary = ["State", "Party", "shall", "adopt", "measures", ",", ";", "(a)", "\n", "données", "24", "review", "—"]
            return (0..<count).map { _ in vocabulary[Int(next() % UInt64(vocabulary.count))] }.joined(separator: " ")
        }
    }

    @Test func segmentsRebuildBothTextsAndNeverRepeatAnOperation() {
        var words = Words(state: 42)
        for _ in 0..<300 {
            let old = words.text(Int(words.next() % 40))
            var new = old.split(separator: " ").map(String.init)
            for _ in 0..<Int(words.next() % 6) where !new.isEmpty {
                let at = Int(words.next() % UInt64(new.count))
                switch words.next() % 3 {
                case 0: new.remove(at: at)
                case 1: new.insert(words.text(1), at: at)
                default: new[at] = words.text(1)
                }
            }
            let newText = new.joined(separator: " ")
            let redline = Redline(from: old, to: newText)
            #expect(redline.oldText == old)
            #expect(redline.newText == newText)
            #expect(zip(redline.segments, redline.segments.dropFirst()).allSatisfy { $0.operation != $1.operation || $0.isLabel || $1.isLabel })
            #expect(redline.hasChanges == (old != newText))
        }
    }

    @Test func completelyDifferentLongTextsFallBackToDeletingAndInsertingTheMiddle() {
        var words = Words(state: 7)
        let old = "Preamble. " + words.text(3000) + " End."
        let new = "Preamble. " + String(words.text(3000).reversed()) + " End."
        let redline = Redline(from: old, to: new)
        #expect(redline.oldText == old && redline.newText == new)
        #expect(redline.segments.first?.operation == .equal)
        #expect(redline.segments.last?.operation == .equal)
    }
}
