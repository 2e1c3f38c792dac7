import Foundation

/// The files of the search index, ready to write under `search/` (docs/search.md, "Files").
public struct SearchIndex: Sendable {
    /// Each file's path below the site root and its bytes, sorted by path.
    public let files: [File]

    /// One file of the index.
    public struct File: Sendable {
        public let path: String
        public let data: Data
    }

    /// The number of documents of each `docs/<n>.json`.
    static let documentsPerShard = 8
    /// Term shards are cut when their postings or their positions would grow past this many bytes.
    static let termShardBytes = 24 * 1024
    /// Texts longer than this are cut at a word for the snippets.
    static let maximumTextLength = 1200
}
