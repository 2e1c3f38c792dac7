import Diagnostics
import Testing
import Yams
@testable import Corpus

/// The flat front matter read without libyaml gives what Yams composes from the same text,
/// and everything else is left to Yams.
@Suite struct YAMLMappingFlatTests {
    /// The fields Yams composes from `yaml`, as ``YAMLMapping/parse(_:path:firstLine:log:)``
    /// read them before the flat reading existed.
    func composed(_ yaml: String, firstLine: Int) -> YAMLMapping? {
        var log = DiagnosticLog()
        guard let node = YAMLMapping.composeNode(yaml, path: "f.md", firstLine: firstLine, log: &log) else { return nil }
        return YAMLMapping.mapping(node, path: "f.md", firstLine: firstLine, what: "front matter", log: &log)
    }

    /// Expects the flat reading of `yaml` to exist and to equal Yams's: the same fields in
    /// the same order, on the same lines, with equal values (string and resolved tag) in the
    /// same style, and the mapping on the same line.
    func expectSameAsYams(_ yaml: String, firstLine: Int = 2, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let flat = YAMLMapping.flat(yaml, path: "f.md", firstLine: firstLine) else {
            Issue.record("not read flat: \(yaml.debugDescription)", sourceLocation: sourceLocation)
            return
        }
        guard let yams = composed(yaml, firstLine: firstLine) else {
            Issue.record("Yams refuses what the flat reading took: \(yaml.debugDescription)", sourceLocation: sourceLocation)
            return
        }
        #expect(flat.line == yams.line, sourceLocation: sourceLocation)
        #expect(flat.lineOffset == yams.lineOffset, sourceLocation: sourceLocation)
        #expect(flat.entries.map(\.key) == yams.entries.map(\.key), sourceLocation: sourceLocation)
        #expect(flat.entries.map(\.entry.line) == yams.entries.map(\.entry.line), sourceLocation: sourceLocation)
        for (mine, theirs) in zip(flat.entries, yams.entries) {
            #expect(mine.entry.node == theirs.entry.node, "\(mine.key)", sourceLocation: sourceLocation)
            #expect(mine.entry.node.scalar?.style == theirs.entry.node.scalar?.style, "\(mine.key)", sourceLocation: sourceLocation)
            #expect(mine.entry.node.null == nil && theirs.entry.node.null == nil, sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        "title: \"Guidance note by AASP on the updated consolidated negotiating document\"\nstakeholder: \"aasp\"\ndate: \"2022-06-21\"\nkind: \"guidance-note\"\ndraft: \"updated-cnd\"\nsession: \"session-3\"\n",
        "title: \"Draft report, Addendum: List (continued), A. International cooperation\"\nstakeholder: expert-group\ndate: \"2020-07-27\"\nkind: report\nsession: egm-2020-07\n",
        "\n\nname: 'Global Initiative'   \nshort:    GI-TOC\nurl: \"https://globalinitiative.net/#x\"\n",
        "title: \"Projet révisé – article 5 « définitions » 第五条 المادة\"\nlanguage: fr\n",
        "title: \"  spaces kept  \"\nnote: ''\nkind: civil society/academia\nsymbol: A/AC.291/22\n",
        "yes: \"a field named like a boolean\"\nbase-url: plain_value.with.dots\n",
        "title: \"a non-breaking\u{00A0}space and a # that is no comment\"\n",
    ])
    func readsFlatFrontMatterAsYamsDoes(_ yaml: String) {
        expectSameAsYams(yaml)
    }

    @Test(arguments: [
        "",                                         // nothing: Yams says what an empty block is
        "\n  \n",                                   // only white space
        "title: x\n# a comment\n",                  // comments
        "title: x # a comment\n",
        "stances:\n  - article: 5\n    stance: support\n",  // lists and nested fields
        "stakeholders: [a, b]\n",
        "title:\n",                                 // an empty value
        "title:    \n",
        "title: \"escaped \\\" quote\"\n",          // escapes
        "title: 'it''s'\n",
        "title: \"unclosed\n",
        "title: \"two\" \"strings\"\n",
        "published: true\n",                       // booleans and null
        "published: No\n",
        "draft: null\n",
        "draft: ~\n",
        "date: 2023-11-05\n",                       // numbers, dates and other tags
        "article: 5\n",
        "kind: !custom x\n",
        "title: &anchor x\n",
        "title: x\ntitle: y\n",                    // a field given twice: Yams reports it
        "title:\tx\n",                              // tabs
        "title: \"tab\tinside\"\n",
        "title: \"line\u{2028}separator\"\n",       // characters YAML reads otherwise
        "title: \"next\u{0085}line\"\n",
        "title: \"\u{FEFF}bom\"\n",
        "title: x\n  continued\n",                  // a plain value on two lines
        "title: a: b\n",                            // a colon in a plain value
        " title: x\n",                              // indentation
        "-title: x\n",
        "title : x\n",
    ])
    func leavesEverythingElseToYams(_ yaml: String) {
        #expect(YAMLMapping.flat(yaml, path: "f.md", firstLine: 2) == nil, "\(yaml.debugDescription)")
    }

    /// Front matters drawn from fragments that sit on either side of the flat reading's
    /// limits: whenever it reads one, it reads what Yams reads.
    @Test func generatedFrontMattersReadFlatMatchYams() {
        let keys = ["title", "date", "kind", "stakeholder", "draft", "session", "name", "short", "url", "on", "x-y", "a_1"]
        let values = [
            "\"quoted text\"", "'single'", "plain words", "plain-id_2.0/x", "\"\"", "\"é – « » 中文\"", "Yes", "off", "Null",
            "\"with # hash\"", "\"back\\\\slash\"", "12", "2023-01-02", "~", "\"a\" ", "x  ", "'a''b'", "[a]", "{a: b}",
            "\"\u{00A0}\"", "\"\u{2029}\"", "a #b", "a:b", "- x", "| x", "> x", "*alias", "&a x", "!!str x", "%x", "@x", "`x",
        ]
        var random = SplitMix(seed: 0x7472_6176_6175_78)
        var read = 0
        for _ in 0..<2_000 {
            var lines: [String] = []
            var used: Set<String> = []
            for _ in 0..<random.next(below: 6) + 1 {
                let key = keys[random.next(below: keys.count)]
                if random.next(below: 10) == 0 { lines.append("") }
                if used.insert(key).inserted || random.next(below: 4) == 0 {
                    lines.append("\(key):\(String(repeating: " ", count: random.next(below: 3) + 1))\(values[random.next(below: values.count)])")
                }
            }
            let yaml = lines.joined(separator: "\n") + "\n"
            guard YAMLMapping.flat(yaml, path: "f.md", firstLine: 2) != nil else { continue }
            read += 1
            expectSameAsYams(yaml)
        }
        #expect(read > 100)
    }
}

/// A small seeded generator (SplitMix64), so the generated cases are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
