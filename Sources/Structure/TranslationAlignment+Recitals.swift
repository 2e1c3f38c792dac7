import Addressing
import Diagnostics
import Markdown

extension TranslationAlignment {
    /// When the translation has another number of recitals than the original (both numbered
    /// 1, 2, 3... by position), the recitals it lacks or adds, found by content
    /// (``RecitalAlignment``), each an error at the translation's line where the translator
    /// should look (one error at the preamble, naming the two likeliest, when the content
    /// does not tell a single one clearly); `nil` when the counts agree or the recitals carry written numbers that
    /// leave gaps (their anchors then say themselves which one is missing).
    static func recitalGaps(original: DraftText, translation: DraftText, path: String, name: String, originalName: String) -> [Diagnostic]? {
        guard let source = original.preamble?.recitals, let target = translation.preamble?.recitals, let preamble = translation.preamble,
              source.count != target.count, !source.isEmpty, !target.isEmpty,
              source.map(\.number) == Array(1...source.count), target.map(\.number) == Array(1...target.count)
        else { return nil }
        let sourceTexts = source.map { Inline.plainText($0.inlines) }
        let targetTexts = target.map { Inline.plainText($0.inlines) }
        func paragraphs(_ count: Int) -> String { count == 1 ? "1 preambular paragraph" : "\(count) preambular paragraphs" }
        let counts = "\(name) has \(paragraphs(target.count)) where \(originalName) has \(source.count)"
        var log = DiagnosticLog()
        if let gap = RecitalAlignment.singleGap(original: sourceTexts, translation: targetTexts), !gap.clear {
            // The content does not tell which one: say so at the preamble, with the likeliest.
            let longer = source.count > target.count ? source : target
            let named = gap.places.map { "\(longer[$0].anchor.id) (\"\(firstWords(longer[$0].inlines))\")" }.joined(separator: " or ")
            let what = source.count > target.count
                ? "it lacks one of the original's, most likely \(named)"
                : "one of its paragraphs has no counterpart in the original, most likely \(named) here"
            log.error(path, line: preamble.line, "\(counts): \(what), but their content does not tell which for sure; "
                + "compare the recitals one by one and translate or remove the one that differs, so every recital after it keeps the anchor of the original")
            return log.sorted
        }
        let steps = RecitalAlignment.align(original: sourceTexts, translation: targetTexts)
        var translated = 0
        for step in steps {
            switch step {
            case .pair:
                translated += 1
            case .missing(let index):
                let recital = source[index]
                let line = translated < target.count ? target[translated].line : (target.last?.line ?? preamble.line)
                let place = translated < target.count ? "before this paragraph, which now takes its anchor" : "after this paragraph, at the end of the preamble"
                log.error(path, line: line, "\(counts): judging by their content it lacks \(recital.anchor.id) (\"\(firstWords(recital.inlines))\"), which belongs \(place); "
                    + "translate it here, so every recital after it keeps the anchor of the original")
            case .extra(let index):
                translated += 1
                let recital = target[index]
                log.error(path, line: recital.line, "\(counts): judging by their content this paragraph (\(recital.anchor.id) here, \"\(firstWords(recital.inlines))\") "
                    + "has no counterpart in the original; remove it or add it to the original, so every recital after it keeps the anchor of the original")
            }
        }
        return log.sorted
    }

    /// The first words of a recital (at most eight, or 60 characters), to name it in a message.
    static func firstWords(_ inlines: [Inline]) -> String {
        let words = Inline.plainText(inlines).split(whereSeparator: { $0 == " " || $0 == "\n" })
        var text = words.prefix(8).joined(separator: " ")
        if text.count > 60 { text = String(text.prefix(60)) }
        return text.count < Inline.plainText(inlines).trimmingCharacters(in: .whitespaces).count ? text + "…" : text
    }
}
