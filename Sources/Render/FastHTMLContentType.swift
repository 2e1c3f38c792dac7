import Markdown
import Mustache

/// Mustache's HTML escaping (`& < > " '`) done by ``HTMLEscaping``, which copies runs of
/// plain text at once instead of looking every character up in a dictionary.
struct FastHTMLContentType: MustacheContentType {
    static let name = "TRAVAUX_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    /// Registers the content type with swift-mustache, once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(FastHTMLContentType(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
