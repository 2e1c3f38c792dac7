import Diagnostics

extension YAMLMapping {
    /// A document's `language:`: one of the site's `languages`, or `""` when absent (the
    /// site's default). A language the site does not publish is an error at its line.
    mutating func language(allowed languages: [String], log: inout DiagnosticLog) -> String {
        guard let value = string("language", log: &log) else { return "" }
        guard languages.contains(value) else {
            log.error(path, line: lineOf("language"), "language '\(value)' is not one of the site's languages (\(languages.joined(separator: ", "))); "
                + "write one of them, or add '\(value)' to 'languages:' in content/site.yml")
            return ""
        }
        return value
    }
}
