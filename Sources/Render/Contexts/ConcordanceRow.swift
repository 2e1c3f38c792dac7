/// A provision as a row of the concordance.
struct ConcordanceRow: TemplateContext {
    static let fields = ["title", "href", "cells"]

    var title: String
    var href: String
    var cells: [ConcordanceCell]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "cells": cells
        default: nil
        }
    }
}
