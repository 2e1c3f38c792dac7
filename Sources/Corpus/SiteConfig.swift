/// The site settings read from `content/site.yml`.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    /// The public address of the site, always ending in `/`.
    public var baseURL: String
    /// BCP 47 language tag of the content: the default language, the first of ``languages``.
    public var language: String
    /// Every language the site publishes (`languages:`), the default first; `[language]`
    /// for a site of one language.
    public var languages: [String]
    public var description: String
    /// The name of the negotiated text.
    public var instrument: String
    /// Names and abbreviations of other instruments, whose article references are not linked.
    public var externalInstruments: [String]
    public var theme: String
    /// Emit authors' raw HTML (for trusted sites only).
    public var rawHTML: Bool

    public init(
        title: String, baseURL: String, language: String = "en", description: String = "",
        instrument: String = "", externalInstruments: [String] = [], theme: String = "default",
        rawHTML: Bool = false, languages: [String]? = nil
    ) {
        self.title = title
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = languages?.first ?? language
        self.languages = languages ?? [language]
        self.description = description
        self.instrument = instrument
        self.externalInstruments = externalInstruments
        self.theme = theme
        self.rawHTML = rawHTML
    }

    /// Whether the site publishes more than one language.
    public var isMultilingual: Bool { languages.count > 1 }

    /// The order of `language` among the site's languages (unknown ones last), for sorting.
    public func order(of language: String) -> Int {
        languages.firstIndex(of: language) ?? languages.count
    }
}
