import Testing
@testable import Structure

/// Point labels at the start of a text: letters `(a)`, `(aa)` and roman numerals `(iv)`.
@Suite struct PointLabelTests {
    @Test(arguments: [
        ("(a) To adopt measures;", "a", "To adopt measures;"),
        ("(ii) second", "ii", "second"),
        ("(aa) twenty-seventh", "aa", "twenty-seventh"),
        ("(xiv)\u{00A0}fourteenth", "xiv", "fourteenth"),
        ("(b)\t  tabbed", "b", "tabbed"),
        ("(c)", "c", ""),
    ])
    func aLabelAtTheStartGivesTheLabelAndTheTextAfterIt(_ text: String, _ label: String, _ rest: String) throws {
        try expectLeading(text, label, rest)
    }

    /// `text` starts with the point label `label`, and `rest` follows it.
    func expectLeading(_ text: String, _ label: String, _ rest: String) throws {
        let found = try #require(PointLabel.leading(text))
        #expect(found.label == label)
        #expect(found.rest == Substring(rest))
    }

    @Test(arguments: [
        ("a) no opening bracket", "a", "no opening bracket"),
        ("ii) roman", "ii", "roman"),
        ("(أ) نص", "a", "نص"),
        ("(ب) نص", "b", "نص"),
        ("(هـ) نص", "e", "نص"),
        ("(ه) نص", "e", "نص"),
        ("ب) نص", "b", "نص"),
        ("(一)促进", "a", "促进"),
        ("（二） 加强", "b", "加强"),
        ("а) кириллица", "a", "кириллица"),
        ("б) текст", "b", "текст"),
        ("(в) текст", "c", "текст"),
        ("’1‘ واحد", "i", "واحد"),
        ("’2‘ اثنان", "ii", "اثنان"),
        ("'14' text", "xiv", "text"),
        ("㈠促进", "a", "促进"),
        ("㈡ 加强", "b", "加强"),
    ])
    func labelsOfTheOtherLanguagesGiveLatinLabels(_ text: String, _ label: String, _ rest: String) throws {
        try expectLeading(text, label, rest)
    }

    /// A defined term in quotes may follow its label without a space, in every script.
    @Test(arguments: [
        ("(一)\"数据\"系指", "a", "\"数据\"系指"),
        ("(一)“数据”系指", "a", "“数据”系指"),
        ("（二）「计算机」系指", "b", "「计算机」系指"),
        ("㈢“服务”", "c", "“服务”"),
        ("(a)“data” means", "a", "“data” means"),
        ("(b)\"service provider\" means", "b", "\"service provider\" means"),
        ("a)«données» désigne", "a", "«données» désigne"),
        ("б)«данные» означает", "b", "«данные» означает"),
        ("(أ)\"البيانات\" تعني", "a", "\"البيانات\" تعني"),
        ("(ب)“البيانات”", "b", "“البيانات”"),
        ("’1‘\"نص\"", "i", "\"نص\""),
        ("(ii)‘term’", "ii", "‘term’"),
    ])
    func aQuotationMayFollowALabelDirectly(_ text: String, _ label: String, _ rest: String) throws {
        try expectLeading(text, label, rest)
    }

    @Test(arguments: ["一、段落", "二) 无括号", "(слово) текст", "слово) текст", "(1) digit", "a)x", "(ab) mixed", "ab) mixed", "(ب)x", "’1 text", "’0‘ zero", "'40' big", "'1'x"])
    func otherScriptsOtherTextHasNoLabel(_ text: String) {
        #expect(PointLabel.leading(text) == nil)
    }

    @Test(arguments: ["(a)x", "(A) capital", "(ab) mixed", "( a) space", "(abcdefg) long", "(1) digit", "text (a) later", "(a"])
    func otherTextHasNoLabel(_ text: String) {
        #expect(PointLabel.leading(text) == nil)
    }

    @Test func letterLabelsAreOneLetterOrTheSameLetterTwice() {
        #expect(["a", "z", "aa", "zz"].allSatisfy(PointLabel.isLetter))
        #expect(!["ab", "aaa", "", "aab"].contains(where: PointLabel.isLetter))
    }

    @Test(arguments: [("i", 1), ("iv", 4), ("v", 5), ("ix", 9), ("x", 10), ("xi", 11), ("xiv", 14), ("xx", 20), ("xxxix", 39)])
    func romanNumeralsHaveTheirValue(_ label: String, _ value: Int) {
        #expect(PointLabel.romanValue(label) == value)
        #expect(PointLabel.isRoman(label))
    }

    @Test(arguments: ["iiii", "vv", "xl", "ic", "a", "", "vx"])
    func otherLabelsAreNotRoman(_ label: String) {
        #expect(PointLabel.romanValue(label) == nil)
        #expect(!PointLabel.isRoman(label))
    }

    @Test func romanNumeralsStopAt39() {
        #expect(PointLabel.romanValue("xxxx") == nil, "four tens is no roman numeral")
    }

    @Test func aLetterFollowsTheOneBeforeIt() {
        #expect(PointLabel.follows("i", "h"))
        #expect(PointLabel.follows("b", "a"))
        #expect(!PointLabel.follows("a", "b"))
        #expect(!PointLabel.follows("c", "a"))
        #expect(!PointLabel.follows("ii", "i"))
        #expect(!PointLabel.follows("bb", "aa"))
    }
}
