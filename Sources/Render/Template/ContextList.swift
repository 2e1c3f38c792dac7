/// A list of contexts, as a section iterates it: its items read in place, by index.
///
/// The list answers through one closure made by ``init(_:)`` where the items' type is
/// known, so that reading a field of an item copies neither the item nor its other fields
/// (generic code reading it through a protocol would copy it out first).
struct ContextList: Sendable {
    /// What the closure is asked.
    enum Query {
        /// The field `name` of the item at `index`.
        case field(index: Int, name: String)
        /// The item at `index` as Swift describes it (`{{.}}`).
        case item(Int)
        /// The item at `index`, copied out.
        case context(Int)
        /// The list as Swift describes it (`{{list}}`), maybe reversed.
        case list(reversed: Bool)
    }

    let count: Int
    /// Whether the list runs backwards (the `reversed` transform).
    private let isReversed: Bool
    private let answer: @Sendable (Query) -> TemplateValue?

    init<Item: TemplateContext>(_ items: [Item]) {
        count = items.count
        isReversed = false
        answer = { query in
            switch query {
            // Read in place through the buffer: `items[index]` would copy the item out (and
            // retain every field of it) to ask it one name.
            case .field(let index, let name): items.withUnsafeBufferPointer { $0[index].value(named: name) }
            case .item(let index): .string(String(describing: items[index]))
            case .context(let index): .context(items[index])
            case .list(let reversed): .string(reversed ? String(describing: items.reversed()) : items.description)
            }
        }
    }

    private init(count: Int, isReversed: Bool, answer: @escaping @Sendable (Query) -> TemplateValue?) {
        self.count = count
        self.isReversed = isReversed
        self.answer = answer
    }

    /// The list in the opposite order.
    var reversed: ContextList {
        ContextList(count: count, isReversed: !isReversed, answer: answer)
    }

    /// The field `name` of the item at `index`, `0..<count`; `nil` for a name it does not hold.
    func value(at index: Int, named name: String) -> TemplateValue? {
        answer(.field(index: position(index), name: name))
    }

    /// The item at `index`, copied out of the list.
    func context(at index: Int) -> any TemplateContext {
        guard case .context(let context)? = answer(.context(position(index))) else { preconditionFailure("a list of contexts") }
        return context
    }

    /// The item at `index` as Swift describes it.
    func description(at index: Int) -> String {
        answer(.item(position(index)))?.text ?? ""
    }

    /// The list as Swift describes it.
    var description: String {
        answer(.list(reversed: isReversed))?.text ?? ""
    }

    /// Where the item `index` of this list is in the underlying array.
    private func position(_ index: Int) -> Int {
        isReversed ? count - 1 - index : index
    }
}
