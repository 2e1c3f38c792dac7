extension HTMLEscaping {
    /// Appends UTF-8 `bytes`, escaped as ``escape(_:into:)-(String,String)`` escapes text, to
    /// `out`, the runs between escaped characters copied at once (for output built as bytes).
    public static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        guard let base = bytes.baseAddress else { return }
        let replacements = replacementUTF8
        codes.withUnsafeBufferPointer { codes in
            let count = bytes.count
            var start = 0
            var index = 0
            /// Escapes the byte at `index` when it is one of the five.
            func escapeByte(at index: Int) {
                let code = codes[Int(base[index])]
                if code == 0 { return }
                if start < index { out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: index - start)) }
                out.append(contentsOf: replacements[Int(code) - 1])
                start = index + 1
            }
            // Sixteen bytes at a time: most blocks of text hold none of the five characters,
            // and are passed over with a few vector compares.
            while index + 16 <= count {
                let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                let found = (block .== Self.ampersands) .| (block .== Self.lessThans) .| (block .== Self.greaterThans)
                    .| (block .== Self.quotes) .| (block .== Self.apostrophes)
                if any(found) {
                    for offset in index..<(index + 16) { escapeByte(at: offset) }
                }
                index += 16
            }
            while index < count {
                escapeByte(at: index)
                index += 1
            }
            if start < count { out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: count - start)) }
        }
    }

    private static let ampersands = SIMD16<UInt8>(repeating: UInt8(ascii: "&"))
    private static let lessThans = SIMD16<UInt8>(repeating: UInt8(ascii: "<"))
    private static let greaterThans = SIMD16<UInt8>(repeating: UInt8(ascii: ">"))
    private static let quotes = SIMD16<UInt8>(repeating: UInt8(ascii: "\""))
    private static let apostrophes = SIMD16<UInt8>(repeating: UInt8(ascii: "'"))

    /// Appends `text`, escaped, to the bytes of `out`.
    public static func escape(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { escape($0, into: &out) }
    }
}
