/// A name as a tag writes it, compiled: where to start looking, the fields to follow, and
/// the transforms to apply.
///
/// Mustache's rules: `.` is the current context; `a.b` looks `a` up from the innermost
/// context outwards, then `b` in what it found only; `.a` looks in the current context only;
/// `first()` (no name inside the parentheses) applies to the position in the list.
struct TemplateLookup: Sendable {
    enum Start: Sendable {
        /// The current context, then `path` inside it (`.`, `.a`).
        case current
        /// `path[0]` in the innermost context that has it, then the rest of `path` inside it.
        case stack
        /// The position in the list being iterated.
        case sequence
    }

    var start: Start
    var path: [String]
    /// In the order written: `a(b(x))` is `[a, b]`, applied `b` first.
    var transforms: [TemplateTransform]

    /// The lookup of `name` (already split from its transforms).
    init(name: String, transforms: [String]) {
        self.transforms = transforms.map(TemplateTransform.init(name:))
        if name == "." {
            start = .current
            path = []
        } else if name.isEmpty, !transforms.isEmpty {
            start = .sequence
            path = []
        } else {
            path = name.split(separator: ".").map(String.init)
            start = name.first == "." || path.isEmpty ? .current : .stack
        }
    }
}
