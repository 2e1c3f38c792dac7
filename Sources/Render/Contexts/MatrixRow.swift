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

    func child(named name: String) -> Any? {
        switch name {
        case "key": key
        case "title": title
        case "href": href
        case "numbers": numbers
        case "drafts": drafts
        case "chapters": chapters
        case "cells": cells
        default: nil
        }
    }
}
