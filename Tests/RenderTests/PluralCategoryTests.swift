import Testing
@testable import Render

/// The CLDR plural categories of whole numbers in the six UN languages.
@Suite struct PluralCategoryTests {
    @Test(arguments: [
        ("en", 0, PluralCategory.other), ("en", 1, .one), ("en", 2, .other), ("en", 21, .other),
        ("fr", 0, .one), ("fr", 1, .one), ("fr", 2, .other), ("fr", 1_000_000, .many), ("fr", 2_000_001, .other),
        ("es", 0, .other), ("es", 1, .one), ("es", 2, .other), ("es", 1_000_000, .many),
        ("ru", 1, .one), ("ru", 2, .few), ("ru", 4, .few), ("ru", 5, .many), ("ru", 11, .many), ("ru", 12, .many),
        ("ru", 14, .many), ("ru", 21, .one), ("ru", 22, .few), ("ru", 25, .many), ("ru", 0, .many), ("ru", 101, .one),
        ("ru", 111, .many), ("ru", 112, .many), ("ru", 1_002, .few),
        ("ar", 0, .zero), ("ar", 1, .one), ("ar", 2, .two), ("ar", 3, .few), ("ar", 10, .few), ("ar", 11, .many),
        ("ar", 99, .many), ("ar", 100, .other), ("ar", 101, .other), ("ar", 102, .other), ("ar", 103, .few),
        ("ar", 111, .many), ("ar", 1_000, .other),
        ("zh", 0, .other), ("zh", 1, .other), ("zh", 2, .other), ("zh-Hant", 1, .other),
        ("pt-BR", 1, .one), ("de", 1, .one), ("de", 7, .other),
    ])
    func eachLanguageGivesTheCategoryOfCLDR(_ language: String, _ n: Int, _ category: PluralCategory) {
        #expect(PluralCategory.of(n, in: language) == category)
    }
}
