/// A theme's templates compiled into one flat program: the instructions of every block
/// (a template, or the body of a section), the text they copy and the names they look up,
/// in buffers the renderer reads without reference counting.
///
/// Block `i` for `i < templateCount` is the template `i` of the library: a partial names its
/// template by index, resolved once when the library is made.
///
/// Unchecked `Sendable`: the buffers are written once, in `init`, and only read after.
final class TemplateProgram: @unchecked Sendable {
    /// The instructions of each block, one after the other.
    let instructions: UnsafeBufferPointer<TemplateInstruction>
    /// Where each block's instructions start, and how many there are.
    let blocks: UnsafeBufferPointer<(start: Int32, count: Int32)>
    /// Every text of every template, UTF-8.
    let text: UnsafeBufferPointer<UInt8>
    /// The names tags look up.
    let lookups: UnsafeBufferPointer<TemplateLookup>

    /// Compiles `templates` (by index); `indices` gives the index of the template a partial
    /// names.
    init(_ templates: [[TemplateNode]], indices: [String: Int]) {
        var builder = Builder(templateCount: templates.count, indices: indices)
        for (index, nodes) in templates.enumerated() { builder.compile(nodes, into: index) }
        instructions = Self.copy(builder.instructions)
        blocks = Self.copy(builder.blocks)
        text = Self.copy(builder.text)
        lookups = Self.copy(builder.lookups)
    }

    deinit {
        UnsafeMutableBufferPointer(mutating: lookups).deinitialize()
        lookups.deallocate()
        instructions.deallocate()
        blocks.deallocate()
        text.deallocate()
    }

    private static func copy<Element>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(rebasing: buffer[..<array.count])
    }

    /// Lays blocks out one after the other.
    private struct Builder {
        var instructions: [TemplateInstruction] = []
        var blocks: [(start: Int32, count: Int32)]
        var text: [UInt8] = []
        var lookups: [TemplateLookup] = []
        let indices: [String: Int]

        init(templateCount: Int, indices: [String: Int]) {
            blocks = Array(repeating: (0, 0), count: templateCount)
            self.indices = indices
        }

        /// Compiles `nodes` as the block `block`, and their sections as new blocks.
        mutating func compile(_ nodes: [TemplateNode], into block: Int) {
            var body: [TemplateInstruction] = []
            for node in nodes {
                switch node {
                case .text(let bytes):
                    body.append(TemplateInstruction(operation: .text, operand: Int32(text.count), length: Int32(bytes.count)))
                    text += bytes
                case .variable(let lookup, let escaped):
                    lookups.append(lookup)
                    body.append(TemplateInstruction(operation: escaped ? .escapedVariable : .unescapedVariable, operand: Int32(lookups.count - 1)))
                case .section(let lookup, let inverted, let nodes):
                    lookups.append(lookup)
                    let lookupIndex = lookups.count - 1
                    blocks.append((0, 0))
                    let inner = blocks.count - 1
                    compile(nodes, into: inner)
                    body.append(TemplateInstruction(
                        operation: inverted ? .invertedSection : .section, operand: Int32(lookupIndex), length: Int32(inner)
                    ))
                case .partial(let name, let indentation):
                    // A partial the library does not hold renders nothing.
                    guard let template = indices[name] else { continue }
                    var instruction = TemplateInstruction(operation: .partial, operand: Int32(template))
                    if let indentation {
                        instruction.indentation = Int32(text.count)
                        instruction.length = Int32(indentation.count)
                        text += indentation
                    }
                    body.append(instruction)
                }
            }
            blocks[block] = (Int32(instructions.count), Int32(body.count))
            instructions += body
        }
    }
}
