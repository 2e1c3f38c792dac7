import Diagnostics
import Testing
@testable import Corpus

/// Fields read one by one from YAML, each problem reported with its file line.
@Suite struct YAMLMappingTests {
    /// Parses `yaml` (starting on file line `firstLine`) and reads it with `read`.
    func read<Value>(
        _ yaml: String, firstLine: Int = 1, _ read: (inout YAMLMapping, inout DiagnosticLog) -> Value?
    ) -> (Value?, [String]) {
        var log = DiagnosticLog()
        guard var fields = YAMLMapping.parse(yaml, path: "f.yml", firstLine: firstLine, log: &log) else {
            return (nil, log.sorted.map(\.description))
        }
        let value = read(&fields, &log)
        return (value, log.sorted.map(\.description))
    }

    func diagnostics(_ yaml: String, firstLine: Int = 1) -> [String] {
        read(yaml, firstLine: firstLine) { _, _ in () }.1
    }

    /// Expects reading `yaml` with `read` to give `expected` and exactly `diagnostics`.
    func expectRead<Value: Equatable>(
        _ yaml: String, firstLine: Int = 1, gives expected: Value?, _ diagnostics: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation, _ read: (inout YAMLMapping, inout DiagnosticLog) -> Value?
    ) {
        let (value, found) = self.read(yaml, firstLine: firstLine, read)
        #expect(value == expected, sourceLocation: sourceLocation)
        #expect(found == diagnostics, sourceLocation: sourceLocation)
    }

    // MARK: Strings

    @Test func stringsAreTrimmed() {
        expectRead("title: '  Zero draft  '\n", gives: "Zero draft") { $0.string("title", log: &$1) }
        expectRead("title: >\n  Folded\n  text\n", gives: "Folded text") { $0.string("title", log: &$1) }
    }

    @Test func aPlainNullIsAbsentButAQuotedOneIsText() {
        expectRead("title: null\n", gives: nil) { $0.string("title", log: &$1) }
        expectRead("title:\n", gives: nil) { $0.string("title", log: &$1) }
        expectRead("title: ~\n", gives: nil) { $0.string("title", log: &$1) }
        expectRead("title: \"null\"\n", gives: "null") { $0.string("title", log: &$1) }
        expectRead("title: '~'\n", gives: "~") { $0.string("title", log: &$1) }
    }

    @Test func aMissingRequiredFieldIsAnErrorOnTheLineOfTheMapping() {
        expectRead("date: 2023\n", firstLine: 2, gives: nil, ["f.yml:2: error: missing required field 'title'"]) { $0.string("title", required: true, log: &$1) }
    }

    @Test func aRequiredFieldWrittenWithoutAValueIsAnErrorOnItsOwnLine() {
        let (_, diagnostics) = read("date: 2023\nkind: statement\ntitle:\n", firstLine: 2) { $0.string("title", required: true, log: &$1) }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("f.yml:4: error: ") == true, "\(diagnostics)")
    }

    @Test func anEmptyRequiredFieldIsAnErrorOnItsLine() {
        expectRead("date: 2023\ntitle: \"  \"\n", firstLine: 2, gives: nil, ["f.yml:3: error: required field 'title' is empty"]) { $0.string("title", required: true, log: &$1) }
        // An empty optional field is absent.
        expectRead("title: \"\"\n", gives: nil) { $0.string("title", log: &$1) }
    }

    @Test func aListWhereOneValueIsExpectedIsAnErrorOnItsLine() {
        expectRead("a: 1\ntitle:\n  - one\n  - two\n", gives: nil, ["f.yml:2: error: field 'title' must be a single value, not a list or a mapping"]) {
            $0.string("title", log: &$1)
        }
    }

    // MARK: Dates, booleans and choices

    @Test func datesArePartialAndNeedNoQuotes() {
        expectRead("date: 2023\n", gives: PartialDate("2023")) { $0.date("date", log: &$1) }
        expectRead("date: 2023-11\n", gives: PartialDate("2023-11")) { $0.date("date", log: &$1) }
        expectRead("date: 2023-11-05\n", gives: PartialDate("2023-11-05")) { $0.date("date", log: &$1) }
    }

    @Test func anInvalidDateIsAnErrorOnItsLine() {
        expectRead("title: A\ndate: 2023-13\n", firstLine: 4, gives: nil, [
            "f.yml:5: error: invalid date '2023-13' in 'date': write YYYY, YYYY-MM or YYYY-MM-DD (for example 2023-11 or 2023-11-05)",
        ]) { $0.date("date", required: true, log: &$1) }
    }

    @Test func booleansAreTrueOrFalse() {
        expectRead("raw_html: true\n", gives: true) { $0.bool("raw_html", log: &$1) }
        expectRead("raw_html: false\n", gives: false) { $0.bool("raw_html", log: &$1) }
        expectRead("a: 1\n", gives: nil) { $0.bool("raw_html", log: &$1) }
        expectRead("a: 1\nraw_html: sometimes\n", gives: nil, ["f.yml:2: error: field 'raw_html' must be true or false"]) { $0.bool("raw_html", log: &$1) }
    }

    @Test func aChoiceOutsideTheAllowedValuesNamesThemAll() {
        expectRead("stance: amend\n", gives: .amend) { $0.choice("stance", as: PositionSource.Stance.Value.self, log: &$1) }
        expectRead("a: 1\nstance: maybe\n", gives: nil, [
            "f.yml:2: error: unknown stance 'maybe': use one of add, amend, concern, delete, neutral, oppose, support",
        ]) { $0.choice("stance", as: PositionSource.Stance.Value.self, log: &$1) }
    }

    // MARK: Lists

    @Test func oneValueOrAListOfValues() {
        expectRead("stakeholder: acme\n", gives: ["acme"]) { $0.strings("stakeholder", log: &$1) }
        expectRead("stakeholder: [acme, freedonia]\n", gives: ["acme", "freedonia"]) { $0.strings("stakeholder", log: &$1) }
        expectRead("stakeholder:\n  - acme\n  - ' freedonia '\n", gives: ["acme", "freedonia"]) { $0.strings("stakeholder", log: &$1) }
    }

    @Test func listItemsThatAreNotValuesAreErrorsAndTheOthersAreKept() {
        expectRead("a: 1\nstakeholder: [[acme], freedonia, '']\n", gives: ["freedonia"], [
            "f.yml:2: error: every item of 'stakeholder' must be a plain value",
        ]) { $0.strings("stakeholder", log: &$1) }
    }

    @Test func requiredListsMayNotBeEmptyOrMissing() {
        expectRead("stakeholder: []\n", gives: nil, ["f.yml:1: error: required field 'stakeholder' is an empty list"]) {
            $0.strings("stakeholder", required: true, log: &$1)
        }
        expectRead("title: A\n", gives: nil, ["f.yml:1: error: missing required field 'stakeholder'"]) { $0.strings("stakeholder", required: true, log: &$1) }
        expectRead("stakeholder: {acme: 1}\n", gives: nil, ["f.yml:1: error: field 'stakeholder' must be a value or a list of values"]) { $0.strings("stakeholder", required: true, log: &$1) }
    }

    @Test func aListOfMappingsKeepsTheLineOfEachItem() {
        let yaml = "title: A\nstances:\n  - article: \"1\"\n    stance: support\n  - just text\n  - article: \"2\"\n"
        let (lines, diagnostics) = read(yaml, firstLine: 2) { fields, log in
            fields.mappings("stances", log: &log).map { item -> String in
                var item = item
                return "\(item.string("article", log: &log) ?? "?")@\(item.line)"
            }
        }
        #expect(lines == ["1@4", "2@7"])
        #expect(diagnostics == ["f.yml:6: error: each item of 'stances' must be a set of 'field: value' lines"])
        #expect(read("stances: support\n") { $0.mappings("stances", log: &$1) }.1 == ["f.yml:1: error: field 'stances' must be a list ('- ' items)"])
    }

    @Test func aNestedMappingKeepsTheLinesOfItsFields() {
        let (lines, diagnostics) = read("key: scope\narticles:\n  zero: \"1\"\n  first: none\n", firstLine: 3) { fields, log in
            fields.nestedMapping("articles", log: &log)?.lines
        }
        #expect(lines == ["zero": 5, "first": 6])
        #expect(diagnostics.isEmpty)
        #expect(read("articles: \"1\"\n") { $0.nestedMapping("articles", log: &$1) }.1 == ["f.yml:1: error: field 'articles' must be a set of 'field: value' lines"])
    }

    @Test func theLineOfAFieldOrOfTheMappingWhenItIsAbsent() {
        let (lines, _) = read("title: A\n\ndate: 2023\n", firstLine: 7) { fields, _ in [fields.lineOf("date"), fields.lineOf("symbol")] }
        #expect(lines == [9, 7])
    }

    // MARK: Invalid YAML and keys

    @Test func invalidYAMLIsAnErrorOnTheLineWhereTheConstructOpened() throws {
        let diagnostics = diagnostics("title: \"Zero\ndate: 2023\nkind: x\n", firstLine: 5)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.hasPrefix("f.yml:5: error: invalid YAML: "))
        #expect(diagnostic.hasSuffix("that starts on this line)"))
    }

    @Test func yamlThatIsNotAMappingIsAnError() {
        #expect(diagnostics("- a\n- b\n", firstLine: 2) == ["f.yml:2: error: front matter must be a set of 'field: value' lines"])
        #expect(diagnostics("just text\n") == ["f.yml:1: error: front matter must be a set of 'field: value' lines"])
    }

    @Test func aFieldNameThatIsNotAWordIsAnErrorAndTheOtherFieldsAreKept() {
        let (lines, diagnostics) = read("title: A\n[a, b]: 1\n") { fields, _ in fields.lines }
        #expect(lines == ["title": 1])
        #expect(diagnostics == ["f.yml:2: error: field names must be plain words"])
    }

    @Test func aDuplicateFieldIsAnError() throws {
        let diagnostics = diagnostics("title: A\ndate: 2023\ntitle: B\n", firstLine: 2)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.contains(": error: ") && diagnostic.contains("title"))
    }

    @Test func aDuplicateFieldIsAnErrorOnTheLineOfTheSecond() {
        let diagnostics = diagnostics("title: A\ndate: 2023\ntitle: B\n", firstLine: 2)
        #expect(diagnostics.first?.hasPrefix("f.yml:4: error: ") == true, "\(diagnostics)")
    }

    @Test func anAliasInAFieldNameIsAnErrorOnItsLine() {
        let message = "error: invalid YAML: an alias ('*name') in a field name; write the name out instead of referring to an anchor ('&name')"
        #expect(diagnostics("base: &b title\n*b : Zero draft\n", firstLine: 3) == ["f.yml:4: \(message)"])
        #expect(diagnostics("base: &b title\nother:\n  x: 1\n  {*b : 1}: 2\n") == ["f.yml:4: \(message)"])
        #expect(diagnostics("base: &b title\n? [a, *b]\n: 1\n") == ["f.yml:2: \(message)"])
    }

    @Test func anAliasKeyOfExponentialSizeIsRefusedBeforeComposing() {
        var yaml = "a0: &a0 [x, x]\n"
        for level in 1...40 { yaml += "a\(level): &a\(level) [*a\(level - 1), *a\(level - 1)]\n" }
        yaml += "? *a40\n: boom\n"
        let found = diagnostics(yaml)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("f.yml:42: error: invalid YAML: an alias ('*name') in a field name") == true)
    }

    @Test func aliasesInValuesAndStarsInTextAreFine() {
        expectRead("a: &v Zero\nb: *v\n", gives: "Zero") { $0.string("b", log: &$1) }
        expectRead("title: 5 * 3 is *not* an alias\n", gives: "5 * 3 is *not* an alias") { $0.string("title", log: &$1) }
        #expect(YAMLMapping.firstAliasInKey("title: a * b\nnote: '*x'\n") == nil)
    }

    // MARK: Unknown fields

    @Test func fieldsNoReadAskedForAreWarningsWithTheClosestKnownName() {
        let (_, diagnostics) = read("titel: A\nlanguage: en\nfavourite_colour: red\n", firstLine: 2) { fields, log in
            _ = fields.string("language", log: &log)
            _ = fields.string("title", log: &log)
            fields.reportUnknownKeys(known: ["title", "language"], log: &log)
            return ()
        }
        #expect(diagnostics == [
            "f.yml:2: warning: unknown field 'titel' (did you mean 'title'?); known fields: title, language",
            "f.yml:4: warning: unknown field 'favourite_colour'; known fields: title, language",
        ])
    }

    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(editDistance("kitten", "sitting") == 3)
        #expect(editDistance("", "abc") == 3)
        #expect(editDistance("abc", "") == 3)
        #expect(editDistance("titel", "title") == 2)
        #expect(editDistance("draft", "draft") == 0)
        #expect(editDistance("données", "donnees") == 1)
    }
}
