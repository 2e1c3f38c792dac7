extension HTMLEscaping {
    /// The replacements of ``replacements`` as bytes.
    private static let replacementBytes: [[UInt8]] = replacements.map { Array($0.utf8) }

    /// Appends UTF-8 `bytes`, escaped as ``escape(_:into:)-(String,String)`` escapes text, to
    /// `out`, the runs between escaped characters copied at once (for output built as bytes).
    public static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let replacements = replacementBytes
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
