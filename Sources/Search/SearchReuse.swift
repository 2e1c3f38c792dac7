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
    /// Each file's JSON and gzip bytes, by its path in the index (`docs/3`, `terms/0`, `index`).
    let files: [String: (json: [UInt8], gzip: Data)]

    /// How many chunks the index that kept this tokenized, and how many files it compressed
    /// (the others it took from the index before it).
    public let tokenizedChunks: Int
    public let compressedFiles: Int

    init(chunks: [Int: Chunk], citationTerms: [String], files: [String: (json: [UInt8], gzip: Data)], tokenizedChunks: Int, compressedFiles: Int) {
        self.chunks = chunks
        self.citationTerms = citationTerms
        self.files = files
        self.tokenizedChunks = tokenizedChunks
        self.compressedFiles = compressedFiles
    }

    /// The chunk made from `documents` numbered from `first` with `kinds`, when this kept one.
    func chunk(first: Int, documents: ArraySlice<SearchDocument>, kinds: ArraySlice<SearchDocument.Kind>) -> IndexChunk? {
        guard let kept = chunks[first], kept.documents.count == documents.count, kept.kinds.elementsEqual(kinds),
              kept.documents.elementsEqual(documents, by: { $0.sameContent(as: $1) })
        else { return nil }
        return kept.chunk
    }
}
