import Markdown

/// Runs a ``TemplateProgram`` into bytes: the context stack, the position in the list being
/// iterated, and the indentation of standalone partials, as swift-mustache kept them.
struct TemplateRenderer {
    /// How deep partials may include partials: past it, a partial renders nothing (a
    /// template that includes itself without end would otherwise exhaust the stack).
    static let maximumPartialDepth = 200

    /// Kept alive for the buffers below, which are read without reference counting.
    let program: TemplateProgram
    private let instructions: UnsafeBufferPointer<TemplateInstruction>
    private let blocks: UnsafeBufferPointer<(start: Int32, count: Int32)>
    private let text: UnsafeBufferPointer<UInt8>
    private let lookups: UnsafeBufferPointer<TemplateLookup>
    /// What has been rendered.
    private var output: [UInt8]
    /// The contexts in scope, innermost last; never empty.
    private var stack: [TemplateScope]
    private var partialDepth = 0

    /// `outer`, when given, encloses `root`: names `root` lacks are looked up in it (the
    /// interface strings around a page's context).
    init(program: TemplateProgram, root: any TemplateContext, outer: (any TemplateContext)? = nil, output: [UInt8] = []) {
        self.program = program
        instructions = program.instructions
        blocks = program.blocks
        text = program.text
        lookups = program.lookups
        self.output = output
        self.stack = outer.map { [TemplateScope(.context($0)), TemplateScope(.context(root))] } ?? [TemplateScope(.context(root))]
        stack.reserveCapacity(16)
    }

    /// Renders the template `index` of the library with the root context.
    mutating func render(template index: Int) {
        run(block: index, position: nil, indentation: nil)
    }

    /// What has been rendered; the renderer is left empty.
    mutating func takeOutput() -> [UInt8] {
        defer { output = [] }
        return output
    }

    // MARK: - Blocks

    /// Runs the block `block`: a template, or one pass of a section's body. With an
    /// `indentation` (a standalone partial's), each instruction whose output is not empty
    /// gets the indentation first when what this block rendered so far ends with a line
    /// break (`\n`, not `\r\n`): swift-mustache's rule, which indents every line of the
    /// partial after its first.
    private mutating func run(block: Int, position: SequencePosition?, indentation: [UInt8]?) {
        let range = blocks[block]
        let start = Int(range.start)
        let end = start + Int(range.count)
        guard let indentation, !indentation.isEmpty else {
            for index in start..<end { execute(instructions[index], position: position, indentation: nil) }
            return
        }
        let blockStart = output.count
        for index in start..<end {
            let count = output.count
            let indents = count > blockStart && output[count - 1] == 0x0A && !(count - 2 >= blockStart && output[count - 2] == 0x0D)
            if indents { output.append(contentsOf: indentation) }
            let mark = output.count
            execute(instructions[index], position: position, indentation: indentation)
            if indents, output.count == mark { output.removeLast(indentation.count) }
        }
    }

    private mutating func execute(_ instruction: TemplateInstruction, position: SequencePosition?, indentation: [UInt8]?) {
        switch instruction.operation {
        case .text:
            let start = Int(instruction.operand)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<(start + Int(instruction.length))]))
        case .escapedVariable:
            write(resolve(Int(instruction.operand), position: position), escaped: true)
        case .unescapedVariable:
            write(resolve(Int(instruction.operand), position: position), escaped: false)
        case .section:
            let value = resolve(Int(instruction.operand), position: position)
            runSection(Int(instruction.length), for: value, position: position, indentation: indentation)
        case .invertedSection:
            let value = resolve(Int(instruction.operand), position: position)
            runInverted(Int(instruction.length), for: value, position: position, indentation: indentation)
        case .partial:
            guard partialDepth < Self.maximumPartialDepth else { return }
            var nested = indentation
            if instruction.indentation >= 0 {
                let start = Int(instruction.indentation)
                nested = (indentation ?? []) + text[start..<(start + Int(instruction.length))]
            }
            partialDepth += 1
            run(block: Int(instruction.operand), position: nil, indentation: nested)
            partialDepth -= 1
        }
    }

    /// `{{#name}}`: nothing for `false`, an absent value or an empty list; the body once for
    /// `true` (in the same context), once for text, a number or a context (pushed), and for
    /// each item of a list (pushed, with its position).
    private mutating func runSection(_ body: Int, for value: TemplateValue, position: SequencePosition?, indentation: [UInt8]?) {
        switch value {
        case .absent:
            return
        case .bool(let shown):
            if shown { run(block: body, position: position, indentation: indentation) }
        case .strings(let items):
            for (index, item) in items.enumerated() {
                stack.append(TemplateScope(.string(item)))
                run(block: body, position: SequencePosition(index: index, isLast: index == items.count - 1), indentation: indentation)
                stack.removeLast()
            }
        case .contexts(let list):
            let count = list.count
            for index in 0..<count {
                stack.append(.item(list, index))
                run(block: body, position: SequencePosition(index: index, isLast: index == count - 1), indentation: indentation)
                stack.removeLast()
            }
        case .string, .utf8, .int, .context, .item:
            stack.append(TemplateScope(value))
            run(block: body, position: nil, indentation: indentation)
            stack.removeLast()
        }
    }

    /// `{{^name}}`: the body for `false` and an absent value (in the same context) and for
    /// an empty list (pushed); nothing for anything else.
    private mutating func runInverted(_ body: Int, for value: TemplateValue, position: SequencePosition?, indentation: [UInt8]?) {
        switch value {
        case .absent:
            run(block: body, position: position, indentation: indentation)
        case .bool(let shown):
            if !shown { run(block: body, position: position, indentation: indentation) }
        case .strings(let items):
            guard items.isEmpty else { return }
            stack.append(TemplateScope(value))
            run(block: body, position: nil, indentation: indentation)
            stack.removeLast()
        case .contexts(let list):
            guard list.count == 0 else { return }
            stack.append(TemplateScope(value))
            run(block: body, position: nil, indentation: indentation)
            stack.removeLast()
        case .string, .utf8, .int, .context, .item:
            return
        }
    }

    /// Writes `value` as text, HTML-escaped when `escaped`.
    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .absent:
            return
        case .string(var text):
            text.withUTF8 { bytes in
                if escaped {
                    HTMLEscaping.escape(bytes, into: &output)
                } else {
                    output.append(contentsOf: bytes)
                }
            }
        case .utf8(let bytes):
            if escaped {
                bytes.withUnsafeBufferPointer { HTMLEscaping.escape($0, into: &output) }
            } else {
                output.append(contentsOf: bytes)
            }
        case .int, .bool:
            output.append(contentsOf: value.text!.utf8)
        case .context, .strings, .contexts, .item:
            let text = value.text!
            if escaped { HTMLEscaping.escape(text, into: &output) } else { output.append(contentsOf: text.utf8) }
        }
    }

    // MARK: - Names

    /// The value the lookup `index` names in the current scope; ``TemplateValue/absent`` for none.
    private func resolve(_ index: Int, position: SequencePosition?) -> TemplateValue {
        let lookup = lookups.baseAddress! + index
        var value: TemplateValue
        var transform = lookup.pointee.transforms.count - 1
        switch lookup.pointee.start {
        case .sequence:
            guard let position else { return .absent }
            value = lookup.pointee.transforms[transform].apply(to: position)
            transform -= 1
        case .current:
            let path = lookup.pointee.path
            if path.isEmpty {
                value = stack[stack.count - 1].value
            } else {
                value = stack[stack.count - 1].field(named: path[0]) ?? .absent
                for name in path.dropFirst() { value = Self.field(name, of: value) }
            }
        case .stack:
            // Each level is read where it is, not copied out of the stack to be asked.
            value = stack.withUnsafeBufferPointer { levels in
                let first = lookup.pointee.path[0]
                var level = levels.count - 1
                while level >= 0 {
                    if let found = levels[level].field(named: first) { return found }
                    level -= 1
                }
                return .absent
            }
            var step = 1
            while step < lookup.pointee.path.count {
                value = Self.field(lookup.pointee.path[step], of: value)
                step += 1
            }
        }
        while transform >= 0 {
            if value.isAbsent { return .absent }
            value = lookup.pointee.transforms[transform].apply(to: value)
            transform -= 1
        }
        return value
    }

    /// The field `name` of `value`: only contexts have fields.
    private static func field(_ name: String, of value: TemplateValue) -> TemplateValue {
        value.field(named: name) ?? .absent
    }
}
