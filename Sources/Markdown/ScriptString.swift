/// String literals for JSON and JavaScript that stay inert inside an HTML page.
public enum ScriptString {
    /// `text` as a double-quoted JSON string (also a JavaScript string), with `<`, `>`, `&`,
    /// `'`, control characters and the JavaScript line separators escaped, so it can sit
    /// inside a `<script>` element or an HTML attribute.
    public static func literal(_ text: String) -> String {
        let utf8 = text.utf8
        // Most strings (ids, anchors, plain titles) need no escape: copy them whole.
        if !utf8.contains(where: needsCare) {
            return "\"" + text + "\""
        }
        var out: [UInt8] = [0x22]
        out.reserveCapacity(utf8.count + 16)
        var bytes = Array(utf8)[...]
        while let byte = bytes.popFirst() {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x3C, 0x3E, 0x26, 0x27: unicodeEscape(UInt32(byte), into: &out)
            case 0xE2 where bytes.count >= 2 && bytes[bytes.startIndex] == 0x80 && (bytes[bytes.startIndex + 1] == 0xA8 || bytes[bytes.startIndex + 1] == 0xA9):
                // U+2028 and U+2029 end a line in older JavaScript.
                unicodeEscape(bytes[bytes.startIndex + 1] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                bytes.removeFirst(2)
            case ..<0x20: unicodeEscape(UInt32(byte), into: &out)
            default: out.append(byte)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsCare(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x27 || byte == 0xE2
    }

    private static func unicodeEscape(_ value: UInt32, into out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out += [0x5C, 0x75]
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hex[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
