import Testing
@testable import Search

struct StemmerTests {
    @Test func pluralsAndVerbFormsMeetAtOneStem() {
        #expect(Stemmer.stem("parties") == Stemmer.stem("party"))
        #expect(Stemmer.stem("parties") == "parti")
        #expect(Stemmer.stem("offences") == "offence")
        #expect(Stemmer.stem("safeguards") == "safeguard")
        #expect(Stemmer.stem("criminalizing") == "criminalize")
        #expect(Stemmer.stem("processes") == "process")
        #expect(Stemmer.stem("hopping") == "hop")
        #expect(Stemmer.stem("agreed") == "agree")
        #expect(Stemmer.stem("feed") == "feed")
    }

    @Test func shortAndNonEnglishWordsStayAsTheyAre() {
        #expect(Stemmer.stem("has") == "has")
        #expect(Stemmer.stem("datos") == "dato")
        #expect(Stemmer.stem("protección") == "protección")
        #expect(Stemmer.stem("4bis") == "4bis")
    }

    @Test(arguments: [
        ("الدول", "دول"), ("والدول", "دول"), ("بالدول", "دول"), ("كالدول", "دول"), ("فالدول", "دول"), ("للدول", "دول"),
        ("وزاره", "زاره"), ("ولد", "ولد"), ("الو", "الو"), ("ال", "ال"), ("دول", "دول"), ("state", "state"),
    ])
    func arabicLosesTheArticleAndAConjunctionThatLeaveEnoughLetters(word: String, stem: String) {
        var bytes = Array(word.utf8)
        Stemmer.stemArabic(&bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == stem)
    }
}
