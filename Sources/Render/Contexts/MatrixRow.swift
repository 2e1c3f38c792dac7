/// A provision as a row of the matrix.
struct MatrixRow: TemplateContext {
    static let fields = ["key", "title", "href", "numbers", "drafts", "chapters", "cells"]

    var key: String
    var title: String
    var href: String
    /// `Art. 4 → Art. 5`.
    var numbers: String
    /// The ids of the drafts holding it, for the filters.
    var drafts: String
    /// `<draft>:<chapter anchor>` of each, for the filters.
    var chapters: String
    var cells: [MatrixCell]

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "key": .string(key)
        case "title": .string(title)
        case "href": .string(href)
        case "numbers": .string(numbers)
        case "drafts": .string(drafts)
        case "chapters": .string(chapters)
        case "cells": .list(cells)
        default: nil
        }
    }
}
