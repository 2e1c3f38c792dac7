/// A draft in lists and links: its title, date and address.
struct DraftSummary: TemplateContext {
    static let fields = ["id", "title", "href", "date", "date_display", "articles", "articles_label", "symbol", "status"]

    var id: String
    var title: String
    var href: String
    /// The date as written: `2023-05`.
    var date: String
    /// The date for readers: `May 2023`.
    var dateDisplay: String
    /// How many articles the record holds.
    var articles: Int
    var symbol: String?
    var status: String?

    /// `12 articles`, in the page's language.
    var articlesLabel: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "id": .string(id)
        case "title": .string(title)
        case "href": .string(href)
        case "date": .string(date)
        case "date_display": .string(dateDisplay)
        case "articles": .int(articles)
        case "symbol": symbol.templateValue
        case "status": status.templateValue
        case "articles_label": .string(articlesLabel)
        default: nil
        }
    }
}
