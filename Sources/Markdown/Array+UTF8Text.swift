extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `text` (HTML written as bytes: see ``HTMLRenderer``).
    static func += (out: inout [UInt8], text: String) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }
}
