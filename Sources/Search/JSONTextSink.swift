import Markdown

/// Writes the words of Markdown as the inside of one JSON string, straight into a
/// ``JSONWriter``'s bytes: blocks and points joined by one space, no space at either end,
/// emphasis dropped. `/data/corpus.json` writes every passage's text this way, without
/// building the text first.
struct JSONTextSink: TextSink {
    var json: JSONWriter
    private var started = false
    private var pendingSpace = false
    private var endsWithSpace = false

    init(json: JSONWriter) {
        self.json = json
    }

    mutating func append(_ text: String, emphasized: Bool) {
        guard !text.isEmpty else { return }
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A }) {
            pendingSpace = true
            return
        }
        if pendingSpace && started && !endsWithSpace { json.raw(0x20) }
        pendingSpace = false
        json.stringContents(text)
        started = true
        endsWithSpace = text.utf8.last == 0x20
    }

    mutating func separate() {
        pendingSpace = true
    }
}

extension JSONWriter {
    /// Appends one JSON string holding the words `fill` gives the sink.
    mutating func text(_ fill: (inout JSONTextSink) -> Void) {
        raw(0x22)
        // The sink takes the bytes (never a copy of them) and gives them back.
        var sink = JSONTextSink(json: JSONWriter())
        swap(&sink.json, &self)
        fill(&sink)
        swap(&sink.json, &self)
        raw(0x22)
    }
}
