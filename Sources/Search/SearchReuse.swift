import Foundation

/// What one index (one language's) kept for the next, in `travaux serve`: the documents each
/// chunk tokenized with the chunk, and the JSON of each file with its gzip bytes. The next
/// index takes a chunk when the documents it would tokenize, their numbers and kinds, and the
/// citation terms are the same, and a file's gzip bytes when its JSON is the same: the same
/// input gives the same bytes (the stage is deterministic), so the files are a clean build's,
/// byte for byte, while an edit re-tokenizes and compresses again only what it changed.
public final class SearchReuse: Sendable {
    /// A chunk of consecutive documents with what it was made from.
    struct Chunk: Sendable {
        let first: Int
        let documents: [SearchDocument]
        let kinds: [SearchDocument.Kind]
        let chunk: IndexChunk
    }

    /// The chunks by the number of their first document.
    let chunks: [Int: Chunk]
    /// The citation terms the chunks were numbered with.
    let citationTerms: [String]
    /// Each file's JSON and gzip bytes, by its path in the index (`terms/0`, `index`), but
    /// for the document shards.
    let files: [String: (json: [UInt8], gzip: Data)]
    /// Each document shard's first document number, its number of documents and its gzip
    /// bytes, by its path (`docs/3`): its JSON is made from those documents alone, which
    /// ``chunks`` hold.
    let documentShards: [String: (first: Int, count: Int, gzip: Data)]
    /// The documents, by number.
    let documents: [SearchDocument]

    /// How many chunks the index that kept this tokenized, and how many files it compressed
    /// (the others it took from the index before it).
    public let tokenizedChunks: Int
    public let compressedFiles: Int

    init(
        chunks: [Int: Chunk], citationTerms: [String], files: [String: (json: [UInt8], gzip: Data)],
        documentShards: [String: (first: Int, count: Int, gzip: Data)], tokenizedChunks: Int, compressedFiles: Int
    ) {
        self.chunks = chunks
        self.citationTerms = citationTerms
        self.files = files
        self.documentShards = documentShards
        documents = chunks.sorted { $0.key < $1.key }.flatMap(\.value.documents)
        self.tokenizedChunks = tokenizedChunks
        self.compressedFiles = compressedFiles
    }

    /// The gzip bytes of the document shard at `path` made from `documents` numbered from
    /// `first`, when this kept that shard of the same documents.
    func documentShard(_ path: String, first: Int, documents: [SearchDocument]) -> Data? {
        guard let kept = documentShards[path], kept.first == first, kept.count == documents.count,
              first + documents.count <= self.documents.count,
              self.documents[first..<first + documents.count].elementsEqual(documents, by: { $0.sameContent(as: $1) })
        else { return nil }
        return kept.gzip
    }

    /// The chunk made from `documents` numbered from `first` with `kinds`, when this kept one.
    func chunk(first: Int, documents: ArraySlice<SearchDocument>, kinds: ArraySlice<SearchDocument.Kind>) -> IndexChunk? {
        guard let kept = chunks[first], kept.documents.count == documents.count, kept.kinds.elementsEqual(kinds),
              kept.documents.elementsEqual(documents, by: { $0.sameContent(as: $1) })
        else { return nil }
        return kept.chunk
    }
}
