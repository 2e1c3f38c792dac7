/// A keyword of the reference grammar, its lowercase UTF-8 bytes computed once.
struct Keyword: ExpressibleByStringLiteral, Sendable {
    let text: String
    let bytes: [UInt8]

    init(stringLiteral text: String) {
        self.text = text
        self.bytes = Array(text.lowercased().utf8)
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
