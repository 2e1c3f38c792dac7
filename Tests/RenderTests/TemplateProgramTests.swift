import Testing
@testable import Render

/// The flat program the library runs: a block per template (by index) and per section body,
/// text in one buffer, partials resolved to template indices.
@Suite struct TemplateProgramTests {
    @Test func eachTemplateIsTheBlockOfItsIndexAndEachSectionBodyABlockAfterThem() throws {
        let templates = [try TemplateParser.parse("a{{#s}}b{{/s}}c"), try TemplateParser.parse("{{> first}}{{> missing}}")]
        let program = TemplateProgram(templates, indices: ["first": 0, "second": 1])
        #expect(program.blocks.count == 3)
        let first = program.blocks[0]
        let operations = (0..<Int(first.count)).map { program.instructions[Int(first.start) + $0].operation }
        #expect(operations == [.text, .section, .text])
        let section = program.instructions[Int(first.start) + 1]
        #expect(section.length == 2)
        let body = program.blocks[2]
        #expect(body.count == 1 && program.instructions[Int(body.start)].operation == .text)
        // `{{> missing}}` names no template: it is left out; `{{> first}}` is template 0.
        let second = program.blocks[1]
        #expect(second.count == 1)
        let partial = program.instructions[Int(second.start)]
        #expect(partial.operation == .partial && partial.operand == 0 && partial.indentation == -1)
        #expect(String(decoding: Array(program.text), as: UTF8.self) == "abc")
    }

    @Test func aStandalonePartialsIndentationIsKeptWithTheText() throws {
        let program = TemplateProgram([try TemplateParser.parse("x\n\t {{> p}}\n"), []], indices: ["p": 1])
        let block = program.blocks[0]
        let partial = (0..<Int(block.count)).map { program.instructions[Int(block.start) + $0] }.first { $0.operation == .partial }
        let instruction = try #require(partial)
        let start = Int(instruction.indentation)
        #expect(Array(program.text[start..<(start + Int(instruction.length))]) == Array("\t ".utf8))
    }
}
