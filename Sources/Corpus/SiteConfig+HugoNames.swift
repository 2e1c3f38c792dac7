extension SiteConfig {
    /// Hugo's names for settings site.yml spells otherwise, for "did you mean" hints
    /// (the names that differ only in case or separators, such as `baseURL`, are found
    /// without this table).
    static let hugoNames: [String: String] = [
        "languagecode": "language",
        "defaultcontentlanguage": "language",
        "baseurl": "base_url",
        "url": "base_url",
        "name": "title",
        "sitename": "title",
        "unsafe": "raw_html",
    ]
}
