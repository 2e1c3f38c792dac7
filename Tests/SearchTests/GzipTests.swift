import Foundation
import Testing
@testable import Search

/// gzip members that any reader takes: checked by an inflater written apart from the
/// compressor and, when it is installed, by the system's `gzip`.
@Suite struct GzipTests {
    static let text = Array((0..<200).map { "Article \($0 % 37): States Parties shall cooperate, \($0 * 7919 % 101). " }.joined().utf8)

    @Test func aMemberInflatesToItsInputWithItsLengthAndCRC() throws {
        for input in [[], [0x41], Self.text, Array(repeating: 0, count: 100_000)] as [[UInt8]] {
            let member = Gzip.compress(input)
            #expect(try Inflate.gunzip(member) == input)
            #expect(Gzip.isCompressed(member))
        }
    }

    @Test func theHeaderNamesNoFileAndNoTimeSoTheSameInputGivesTheSameBytes() {
        let member = Gzip.compress(Self.text)
        #expect(Array(member.prefix(10)) == [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF])
        #expect(Gzip.compress(Self.text) == member)
    }

    @Test func theCRCIsGzips() {
        #expect(Gzip.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(Gzip.crc32([]) == 0)
        // Eight bytes a step and the rest one by one give the plain CRC.
        for count in [1, 7, 8, 9, 63, 64, 1000] {
            let bytes = Array(Self.text.prefix(count))
            #expect(Gzip.crc32(bytes) == Inflate.referenceCRC(bytes))
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/gzip") || FileManager.default.isExecutableFile(atPath: "/bin/gzip")))
    func theSystemsGzipReadsItToo() throws {
        let gzip = FileManager.default.isExecutableFile(atPath: "/usr/bin/gzip") ? "/usr/bin/gzip" : "/bin/gzip"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-gzip-\(UUID().uuidString).gz")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(Gzip.compress(Self.text)).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gzip)
        process.arguments = ["-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(Array(output) == Self.text)
    }
}
