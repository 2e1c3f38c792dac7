@testable import Citations

extension ReferenceScanner {
    /// The scanner the reference tests read with: the repository's other instruments and the
    /// negotiated text's name.
    static let fixture = ReferenceScanner(
        externalInstruments: ["Budapest Convention", "UNTOC", "UNCAC", "Universal Declaration of Human Rights", "Universal Declaration"],
        instrument: "United Nations Convention against Cybercrime"
    )

    /// The linked pieces of `text`, each as its text and anchor (`Article 24 -> art_24`).
    func links(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return scan(text).filter { !$0.external }.flatMap(\.links).map { link in
            "\(String(decoding: bytes[link.start..<link.end], as: UTF8.self)) -> \(link.target.anchor?.id ?? "-")"
        }
    }
}
