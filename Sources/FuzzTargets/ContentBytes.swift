import Corpus
import Diagnostics
import Foundation

/// Turns fuzz input into the text the content loader hands to the parsers.
enum ContentBytes {
    /// The file text as `ContentLoader.readText` makes it: UTF-8 validated (invalid input
    /// reported with its line, and refused), byte order mark dropped, line ends made `\n`,
    /// blank files refused.
    static func fileText(_ bytes: [UInt8], path: String, log: inout DiagnosticLog) -> String? {
        ContentLoader.text(of: Data(bytes), path: path, log: &log)
    }

    /// A Markdown body as the structure stage receives it: any bytes (invalid UTF-8 repaired,
    /// as a body can only be valid text), line ends made `\n` as the loader does.
    static func body(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
