/// BCP 47 language tags as `site.yml` and file names write them (`fr`, `zh`, `pt-BR`), and
/// what the site's languages imply for pages (docs/languages.md).
public enum LanguageTag {
    /// The languages written right to left, whose pages get `dir="rtl"`.
    public static let rightToLeft: Set<String> = ["ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb"]

    /// Whether `tag` is a well-formed tag: a primary language of 2 or 3 lowercase ASCII
    /// letters, then subtags of 2 to 8 ASCII letters or digits after `-`.
    public static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.utf8.count),
              primary.utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.utf8.count) && part.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            }
        }
    }

    /// `rtl` for a language written right to left, else `ltr`.
    public static func direction(_ tag: String) -> String {
        let primary = tag.split(separator: "-").first.map(String.init) ?? tag
        return rightToLeft.contains(primary) ? "rtl" : "ltr"
    }
}
