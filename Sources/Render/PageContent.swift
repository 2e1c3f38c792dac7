/// What one page renders: its template and the template's context, and what the layout adds
/// around it.
struct PageContent {
    /// The page template (`draft`, `matrix`, ...).
    var template: String
    var context: any TemplateContext
    /// The page's title; the layout adds the site's.
    var title: String
    /// The page's description; the site's when `nil`.
    var description: String?
    /// The path of the menu section the page belongs to (`drafts/`).
    var section: String
    /// HTML for `<head>`: metadata, scripts.
    var extraHead: String = ""
    /// The document's citation, for the ¶ "Cite" action.
    var citePrefix: String?
}
