import Testing
@testable import Addressing

/// The shared words of the six languages, their Arabic prefixed forms, Arabic ordinals and
/// roman numerals.
@Suite struct ProvisionWordsTests {
    @Test(arguments: ProvisionWords.Language.allCases)
    func everyLanguageNamesEveryPart(_ language: ProvisionWords.Language) {
        let words = ProvisionWords.words(language)
        for list in [words.article, words.articles, words.chapter, words.paragraph, words.point, words.preamble, words.annex, words.to, words.and] {
            #expect(!list.isEmpty, "\(language)")
            #expect(list.allSatisfy { $0 == $0.lowercased() }, "\(language): \(list)")
        }
    }

    @Test(arguments: [
        ("статья", ProvisionWords.Language.ru), ("статьей", .ru), ("статьёй", .ru), ("статью", .ru), ("l'article", .fr), ("artículo", .es), ("المادة", .ar),
    ])
    func theGrammaticalFormsOfArticleAreListed(_ word: String, _ language: ProvisionWords.Language) {
        #expect(ProvisionWords.words(language).article.contains(word))
    }

    @Test func arabicFormsJoinThePrefixesAndDropTheAlefAfterLam() {
        let forms = ProvisionWords.arabicForms("المادة")
        for form in ["المادة", "والمادة", "بالمادة", "للمادة", "وللمادة", "فالمادة", "وبالمادة"] {
            #expect(forms.contains(form), "\(form)")
        }
        #expect(!forms.contains("لالمادة"))
        #expect(forms.first.map { $0.unicodeScalars.count } == forms.map { $0.unicodeScalars.count }.max())
    }

    @Test(arguments: [("الأول", 1, 5), ("الاول", 1, 5), ("الرابع", 4, 6), ("العاشر", 10, 6), ("الحادي عشر", 11, 10), ("الثاني عشر - عنوان", 12, 10), ("الأولى", 1, 6)])
    func arabicOrdinalsHaveTheirValue(_ text: String, _ value: Int, _ length: Int) throws {
        let found = try #require(ProvisionWords.arabicOrdinal(prefixOf: text[...]))
        #expect(found.value == value)
        #expect(found.length == length)
    }

    @Test(arguments: ["الرابعون", "الأولية", "رابع", "4"])
    func otherWordsAreNoArabicOrdinal(_ text: String) {
        #expect(ProvisionWords.arabicOrdinal(prefixOf: text[...]) == nil)
    }

    @Test(arguments: [(1, "I"), (4, "IV"), (9, "IX"), (11, "XI"), (14, "XIV"), (40, "XL"), (1999, "MCMXCIX"), (0, "0")])
    func romanNumeralsOfChapters(_ value: Int, _ roman: String) {
        #expect(ProvisionWords.roman(value) == roman)
    }

    @Test(arguments: [("fr", ProvisionWords.Language.fr), ("zh-Hans", .zh), ("ar_EG", .ar), ("EN", .en)])
    func languagesFromTags(_ tag: String, _ language: ProvisionWords.Language) {
        #expect(ProvisionWords.Language(tag: tag) == language)
        #expect(ProvisionWords.Language(tag: "de") == nil)
    }
}
