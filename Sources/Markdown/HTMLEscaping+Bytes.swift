extension HTMLEscaping {
    /// Appends UTF-8 `bytes`, escaped as ``escape(_:into:)-(String,String)`` escapes text, to
    /// `out`, the runs between escaped characters copied at once (for output built as bytes).
    public static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let replacements = replacementUTF8
        codes.withUnsafeBufferPointer { codes in
            var start = 0
            for index in 0..<bytes.count {
                let code = codes[Int(bytes[index])]
                if code == 0 { continue }
                if start < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                out.append(contentsOf: replacements[Int(code) - 1])
                start = index + 1
            }
            if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
        }
    }

    /// Appends `text`, escaped, to the bytes of `out`.
    public static func escape(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { escape($0, into: &out) }
    }
}
