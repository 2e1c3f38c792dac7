/// One instruction of a ``TemplateProgram``: plain numbers, so that running a template copies
/// no reference-counted value.
struct TemplateInstruction: Sendable {
    enum Operation: UInt8, Sendable {
        /// Copy `length` bytes of the program's text from `operand`.
        case text
        /// Write the value of the lookup `operand`, HTML-escaped.
        case escapedVariable
        /// Write the value of the lookup `operand` as it is.
        case unescapedVariable
        /// Render the block `length` for the value of the lookup `operand`.
        case section
        /// Render the block `length` when the value of the lookup `operand` is empty.
        case invertedSection
        /// Render the template `operand` (its root block), the bytes of the program's text
        /// at `indentation` (`-1`: none; `length` bytes) indenting its lines.
        case partial
    }

    var operation: Operation
    var operand: Int32
    var length: Int32 = 0
    var indentation: Int32 = -1
}
