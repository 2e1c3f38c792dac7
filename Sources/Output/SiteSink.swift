import Foundation
import Parallel

/// Where the write stage puts the files of a site: ``OutputStaging`` (a folder swapped into
/// place on success, for `travaux build`) or ``MemorySite`` (a dictionary, for `travaux serve`).
///
/// Thread-safety: the writes may be called from several threads at once for different paths;
/// ``discard()`` is called once, after every write has returned.
public protocol SiteSink: Sendable {
    /// Writes one file of the site piece by piece, as `produce` hands the pieces to the
    /// function it is given; `relativePath` uses `/`, never starts with one, and has no empty,
    /// `.` or `..` component.
    func stream(to relativePath: String, _ produce: (_ emit: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws(OutputError) -> Void) throws(OutputError)
    /// Throws away what was written: the build failed.
    func discard()
}

extension SiteSink {
    /// Writes one file of the site from its bytes (`Data`, `[UInt8]`), without copying them.
    public func write(_ data: some ContiguousBytes, to relativePath: String) throws(OutputError) {
        try stream(to: relativePath) { (emit: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws(OutputError) in
            var failure: OutputError?
            data.withUnsafeBytes { buffer in
                do throws(OutputError) { try emit(buffer) } catch { failure = error }
            }
            if let failure { throw failure }
        }
    }

    /// Writes a UTF-8 text file of the site.
    public func write(_ text: String, to relativePath: String) throws(OutputError) {
        try write(Data(text.utf8), to: relativePath)
    }

    /// Writes many files at once, on every core; throws the first failure in their order.
    public func write(_ files: [(path: String, data: Data)]) throws(OutputError) {
        let failures = parallelMap(files) { file -> OutputError? in
            do throws(OutputError) {
                try write(file.data, to: file.path)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }
}
