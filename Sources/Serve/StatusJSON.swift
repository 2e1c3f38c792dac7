import Diagnostics
import Foundation

/// The status of the latest build as the pages receive it:
/// `{"generation":3,"hasSite":true,"problems":[{"line":4,"message":"...","path":"content/...","severity":"error"}]}`.
enum StatusJSON {
    private struct Body: Encodable {
        var generation: Int
        var hasSite: Bool
        var problems: [Problem]
    }

    private struct Problem: Encodable {
        var severity: String
        var path: String
        var line: Int?
        var message: String
    }

    static func encode(_ status: SiteStore.Status) -> Data {
        let body = Body(
            generation: status.generation, hasSite: status.hasSite,
            problems: status.problems.map { Problem(severity: $0.severity.rawValue, path: $0.path, line: $0.line, message: $0.message) }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(body)) ?? Data("{}".utf8)
    }
}
