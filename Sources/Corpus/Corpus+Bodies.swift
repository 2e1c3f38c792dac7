extension Corpus {
    /// Empties the Markdown body of every document, once the structure stage has parsed them.
    ///
    /// Nothing after that stage reads a body (each document's parsed tree replaces it), and
    /// the bodies are most of a record's size: 70 MB of a 10,000-page record, held to the end
    /// of the build otherwise.
    public mutating func releaseBodies() {
        for index in drafts.indices { drafts[index].body.release() }
        for index in positions.indices { positions[index].body.release() }
        for index in pages.indices { pages[index].body.release() }
        for index in stakeholders.indices { stakeholders[index].body.release() }
        for index in drafts.indices { drafts[index].releaseTranslationBodies() }
        for index in positions.indices { positions[index].releaseTranslationBodies() }
        for index in pages.indices { pages[index].releaseTranslationBodies() }
        for index in stakeholders.indices { stakeholders[index].releaseTranslationBodies() }
    }
}

extension SourceText {
    /// Drops the text, keeping where it started.
    public mutating func release() {
        text = ""
    }
}

extension Translatable {
    /// Empties the body of every translation, once they are parsed.
    public mutating func releaseTranslationBodies() {
        for index in translations.indices { translations[index].body.release() }
    }
}
