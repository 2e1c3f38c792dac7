/// A provision as a row of the concordance.
struct ConcordanceRow: TemplateContext {
    static let fields = ["title", "href", "cells"]

    var title: String
    var href: String
    var cells: [ConcordanceCell]

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "title": .string(title)
        case "href": .string(href)
        case "cells": .list(cells)
        default: nil
        }
    }
}
