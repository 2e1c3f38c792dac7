import Foundation

/// The files of the search index, ready to write under `search/` (docs/search.md, "Files"):
/// JSON, each file compressed with gzip.
public struct SearchIndex: Sendable {
    /// Each file's path below the site root and its bytes, sorted by path.
    public let files: [File]
    /// With `keeping`, what the next index of the same language can take from this one.
    public var reuse: SearchReuse?

    init(files: [File], reuse: SearchReuse? = nil) {
        self.files = files
        self.reuse = reuse
    }

    /// One file of the index.
    public struct File: Sendable {
        public let path: String
        public let data: Data
    }

    /// Document shards are cut when their JSON would grow past about this many bytes.
    static let documentShardBytes = 32 * 1024
    /// Term shards are cut when their postings or their positions would grow past this many
    /// bytes of JSON.
    static let termShardBytes = 24 * 1024
    /// Texts longer than this are cut at a word for the snippets.
    static let maximumTextLength = 1200
}
