import Corpus

/// A document of the content with a Markdown body, which the record keeps without it.
protocol BodiedDocument: Translatable {
    var body: SourceText { get set }
}

extension DraftSource: BodiedDocument {}
extension PositionSource: BodiedDocument {}
extension PageSource: BodiedDocument {}
extension Stakeholder: BodiedDocument {}
