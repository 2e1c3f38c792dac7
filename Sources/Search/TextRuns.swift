import Markdown

/// Collects the text of Markdown blocks and inlines as runs, emphasised or not, with a
/// space between blocks: the body of a ``SearchDocument``.
struct TextRuns: TextSink {
    private(set) var runs: [SearchDocument.Run] = []

    /// Appends a space unless the text so far ends in one (between blocks and points).
    mutating func separate() {
        guard let last = runs.last?.text.unicodeScalars.last, last != " " else { return }
        runs.append(.init(text: " ", emphasized: false))
    }

    mutating func append(_ text: String, emphasized: Bool = false) {
        guard !text.isEmpty else { return }
        if let last = runs.indices.last, runs[last].emphasized == emphasized {
            runs[last].text += text
        } else {
            runs.append(.init(text: text, emphasized: emphasized))
        }
    }
}
