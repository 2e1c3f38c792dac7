extension Route {
    /// The language of the page when it is not the site's default (`fr` for
    /// `/fr/drafts/x/`), else `nil`.
    public var language: String? {
        if case .localized(let language, _) = self { return language }
        return nil
    }

    /// The page without its language: `.draft("x")` for `/fr/drafts/x/`.
    public var page: Route {
        if case .localized(_, let page) = self { return page }
        return self
    }

    /// The page in `language`: itself for `defaultLanguage`, else under `/<language>/`.
    public func inLanguage(_ language: String, default defaultLanguage: String) -> Route {
        let page = self.page
        return language == defaultLanguage ? page : .localized(language, page)
    }
}
