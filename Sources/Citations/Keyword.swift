/// A keyword of the reference grammar, its lowercase UTF-8 bytes and scalars computed once.
struct Keyword: ExpressibleByStringLiteral, Sendable {
    let text: String
    let bytes: [UInt8]
    /// The lowercase scalars, which ``ByteCursor/localWord(_:)`` compares.
    let scalars: [Unicode.Scalar]

    init(stringLiteral text: String) {
        self.init(text)
    }

    init(_ text: String) {
        self.text = text
        self.bytes = Array(text.lowercased().utf8)
        self.scalars = text.lowercased().unicodeScalars.map(ByteCursor.lower)
    }

    /// Keywords for `words`, longest first (so `статьями` is tried before `статья`).
    static func list(_ words: [String]) -> [Keyword] {
        Set(words).sorted { $0.unicodeScalars.count != $1.unicodeScalars.count ? $0.unicodeScalars.count > $1.unicodeScalars.count : $0 < $1 }.map { Keyword($0) }
    }
}

extension Keyword {
    static let openParenthesis: Keyword = "("
    static let closeParenthesis: Keyword = ")"
    static let comma: Keyword = ","
    static let ampersand: Keyword = "&"
    static let hyphen: Keyword = "-"
    static let enDash: Keyword = "\u{2013}"
    static let emDash: Keyword = "\u{2014}"
}
