import Markdown
import Parallel

/// The document shards (docs/search.md, `docs/<n>.json.gz`): runs of consecutive documents
/// cut at about ``SearchIndex/documentShardBytes``, the documents of one page written as a
/// group that gives their page's address and context once.
struct DocumentShards {
    /// The number of documents of each shard, in order.
    private(set) var counts: [Int] = []
    /// The JSON of each shard (only for ``init(_:)``; ``add(_:)`` hands them out instead).
    private(set) var files: [[UInt8]] = []
    /// The documents of the shard being filled, and its estimated size.
    private var pending: [SearchDocument] = []
    private var pendingSize = 0

    /// Shards to be filled by ``add(_:)`` and ``finish()``.
    init() {}

    /// The shards of `documents`, all at once.
    init(_ documents: [SearchDocument]) {
        files = add(documents) + finish()
    }

    /// Adds `documents` after those added before; returns the JSON of the shards they
    /// complete, in order, so that a caller can write them and let the documents go.
    mutating func add(_ documents: [SearchDocument]) -> [[UInt8]] {
        parallelMap(addShards(documents)) { Self.shard($0, $0.indices) }
    }

    /// Adds `documents` after those added before; returns the documents of each shard they
    /// complete, in order (``shard(_:_:)`` gives a shard's JSON).
    mutating func addShards(_ documents: [SearchDocument]) -> [[SearchDocument]] {
        let all = pending + documents
        var ranges: [Range<Int>] = []
        var start = 0
        var size = pendingSize
        for i in pending.count..<all.count {
            var text = 0
            for r in all[i].body.indices { text += all[i].body[r].text.utf8.count }
            let estimate = all[i].url.utf8.count + all[i].title.utf8.count + all[i].context.utf8.count
                + min(text, SearchIndex.maximumTextLength + 100) + 12
            if i > start && size + estimate > SearchIndex.documentShardBytes {
                ranges.append(start..<i)
                start = i
                size = 0
            }
            size += estimate
        }
        pending = Array(all[start...])
        pendingSize = size
        counts += ranges.map(\.count)
        return ranges.map { Array(all[$0]) }
    }

    /// The JSON of the last shard (none when no document is left).
    mutating func finish() -> [[UInt8]] {
        finishShards().map { Self.shard($0, $0.indices) }
    }

    /// The documents of the last shard (none when no document is left).
    mutating func finishShards() -> [[SearchDocument]] {
        guard !pending.isEmpty else { return [] }
        defer { (pending, pendingSize) = ([], 0) }
        counts.append(pending.count)
        return [pending]
    }

    /// The JSON of `documents[range]`: an array of groups `[page, context, documents]`, each
    /// document `[fragment, title, context suffix, text]`, its title `0` when it is the title
    /// of the document before it in the group.
    static func shard(_ documents: [SearchDocument], _ range: Range<Int>) -> [UInt8] {
        var json = JSONWriter(capacity: SearchIndex.documentShardBytes + 4096)
        json.raw("[")
        // The document that opened the group, and the one whose title the next may repeat.
        // Text is compared as bytes: strings compare by canonical equivalence, the client by
        // code units.
        var opener: Int?
        for i in range {
            let continues = opener.map { Self.page(documents[i].url, sameAs: documents[$0].url) && Self.context(documents[i].context, startsWith: documents[$0].context) } ?? false
            if !continues {
                if opener != nil { json.raw("]],\n") }
                opener = i
                json.raw("[")
                documents[i].url.withUTF8Bytes { url in json.string(UnsafeBufferPointer(rebasing: url[..<Self.fragmentStart(url)])) }
                json.raw(",")
                json.string(documents[i].context)
                json.raw(",[\n")
            } else {
                json.raw(",\n")
            }
            json.raw("[")
            documents[i].url.withUTF8Bytes { url in
                let hash = Self.fragmentStart(url)
                json.string(UnsafeBufferPointer(rebasing: url[min(hash + 1, url.count)...]))
            }
            json.raw(",")
            if continues && Self.same(documents[i].title, documents[i - 1].title) { json.raw("0") } else { json.string(documents[i].title) }
            json.raw(",")
            let prefix = documents[opener!].context.utf8.count
            documents[i].context.withUTF8Bytes { context in json.string(UnsafeBufferPointer(rebasing: context[prefix...])) }
            json.raw(",")
            json.string(SearchStage.snippetText(documents[i].text))
            json.raw("]")
        }
        if opener != nil { json.raw("]]") }
        json.raw("\n]\n")
        return json.bytes
    }

    /// Where the fragment of a link starts (its `#`), or its end.
    private static func fragmentStart(_ url: UnsafeBufferPointer<UInt8>) -> Int {
        url.firstIndex(of: 0x23) ?? url.count
    }

    private static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.withUTF8Bytes { x in b.withUTF8Bytes { y in x.elementsEqual(y) } }
    }

    private static func page(_ a: String, sameAs b: String) -> Bool {
        a.withUTF8Bytes { x in b.withUTF8Bytes { y in x[..<fragmentStart(x)].elementsEqual(y[..<fragmentStart(y)]) } }
    }

    private static func context(_ a: String, startsWith b: String) -> Bool {
        a.withUTF8Bytes { x in b.withUTF8Bytes { y in x.starts(with: y) } }
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, without a copy when they are contiguous.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
