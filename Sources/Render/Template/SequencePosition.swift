/// Where the item being rendered stands in the list a section iterates, for the sequence
/// helpers `first()`, `last()`, `index()`, `even()` and `odd()`.
///
/// As in swift-mustache, the position holds inside the item's section and inside the
/// sections of booleans within it, not inside a partial or the section of another value.
struct SequencePosition {
    var index: Int
    var isLast: Bool

    var isFirst: Bool { index == 0 }
}
