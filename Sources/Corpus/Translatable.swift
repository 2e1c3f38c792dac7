/// A document that may have versions in other languages: a draft, position, page or
/// stakeholder (docs/languages.md).
public protocol Translatable {
    var id: String { get }
    var path: String { get }
    /// The language the document is written in; empty for the site's default.
    var language: String { get set }
    /// Its versions in other languages, in the order of the site's `languages:`.
    var translations: [Translation] { get set }
}

extension Translatable {
    /// The version in `language`, when it is a translation.
    public func translation(_ language: String) -> Translation? {
        translations.first { $0.language == language }
    }

    /// The languages the document exists in: its own (the site's default when empty), then
    /// its translations'.
    public func languages(default defaultLanguage: String) -> [String] {
        [language.isEmpty ? defaultLanguage : language] + translations.map(\.language)
    }
}

extension DraftSource: Translatable {}
extension PositionSource: Translatable {}
extension PageSource: Translatable {}
extension Stakeholder: Translatable {}
