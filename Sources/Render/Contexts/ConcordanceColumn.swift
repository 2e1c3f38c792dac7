/// A draft as a column of the concordance.
struct ConcordanceColumn: TemplateContext {
    static let fields = DraftSummary.fields + ["short"]

    /// Answers every name not below, as a `DraftSummary`.
    var summary: DraftSummary
    /// The draft's symbol, else its title.
    var short: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "short": .string(short)
        default: summary.value(named: name)
        }
    }
}
