/// The compiled templates of a theme, by name, every partial tag linked to the template it
/// names (by index, once: a site may override any template, and partials may include
/// themselves, as `draft-point` does).
struct TemplateLibrary: Sendable {
    let program: TemplateProgram
    /// The index of each template, which is its block in ``program``.
    private let indices: [String: Int]

    /// Compiles `templates` (parsed by ``TemplateParser``): a partial naming a template the
    /// library does not hold renders nothing, as Mustache has it.
    init(_ templates: [String: [TemplateNode]]) {
        let names = templates.keys.sorted()
        let indices = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        self.indices = indices
        program = TemplateProgram(names.map { templates[$0]! }, indices: indices)
    }

    /// Whether the library holds a template `name`.
    func contains(_ name: String) -> Bool {
        indices[name] != nil
    }

    /// Appends the template `name` rendered with `context` to `out`; nothing for a name the
    /// library does not hold.
    /// `outer`, when given, encloses `context` (``TemplateRenderer/init(program:root:outer:output:)``).
    func render(_ name: String, _ context: any TemplateContext, outer: (any TemplateContext)? = nil, into out: inout [UInt8]) {
        guard let index = indices[name] else { return }
        // The renderer takes the buffer over (left empty here, so that appending does not
        // copy it) and hands it back.
        var renderer = TemplateRenderer(program: program, root: context, outer: outer, output: out)
        out = []
        renderer.render(template: index)
        out = renderer.takeOutput()
    }

    /// The template `name` rendered with `context`, as text.
    func render(_ name: String, _ context: any TemplateContext, outer: (any TemplateContext)? = nil) -> String {
        var out: [UInt8] = []
        render(name, context, outer: outer, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
