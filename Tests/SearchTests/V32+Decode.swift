@testable import Search

extension V32 {
    /// The numbers of a v32 string, read as the client reads them.
    static func decode(_ text: String) -> [Int] {
        var result: [Int] = []
        var current = 0
        for byte in text.utf8 {
            guard let index = alphabet.firstIndex(of: byte) else { continue }
            if index >= 32 {
                current = current << 5 | (index - 32)
            } else {
                result.append(current << 5 | index)
                current = 0
            }
        }
        return result
    }
}
