/// Why a template does not parse, and on which line of its file (counted from 1).
struct TemplateParseError: Error, Equatable, CustomStringConvertible {
    var line: Int
    var message: String

    var description: String { "line \(line): \(message)" }
}
