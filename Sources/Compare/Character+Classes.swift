extension Character {
    /// `isLetter || isNumber`, answered without Unicode's tables for ASCII characters (most
    /// of a treaty's text; the tables cost a lookup per character of every draft compared).
    var isLetterOrNumber: Bool {
        if let ascii = asciiValue {
            let lower = ascii | 0x20
            return (ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9")) || (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
        }
        return isLetter || isNumber
    }

    /// `isLetter`, without Unicode's tables for ASCII characters.
    var isLetterFast: Bool {
        if let ascii = asciiValue {
            let lower = ascii | 0x20
            return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
        }
        return isLetter
    }

    /// `isWhitespace`, without Unicode's tables for ASCII characters (tab to carriage
    /// return, and space).
    var isWhitespaceFast: Bool {
        if let ascii = asciiValue {
            return ascii == UInt8(ascii: " ") || (ascii >= 0x09 && ascii <= 0x0D)
        }
        return isWhitespace
    }
}
