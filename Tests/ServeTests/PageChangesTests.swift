import Foundation
import Testing
@testable import Serve

/// What `GET /__travaux/changes` tells an open page after builds: whether its own file
/// changed, and which fetched files did, so that it reloads once and only when it must.
@Suite struct PageChangesTests {
    /// A store that published `files`, then each of `builds` in turn.
    func published(_ files: [String: Data], then builds: [[String: Data]]) -> SiteStore {
        let store = SiteStore()
        store.publish(files)
        for build in builds { store.publish(build) }
        return store
    }

    static let first: [String: Data] = [
        "index.html": Data("home".utf8), "positions/x/index.html": Data("x".utf8), "positions/y/index.html": Data("y".utf8),
        "404.html": Data("none".utf8), "assets/style.css": Data("css".utf8), "search/index.json.gz": Data("i1".utf8),
        "search/terms/0.json.gz": Data("t1".utf8), "fr/search/index.json.gz": Data("f1".utf8), "data/corpus.json": Data("c1".utf8),
    ]

    @Test func aPageIsToldWhetherItsOwnFileChanged() {
        var pages = Self.first
        pages["positions/x/index.html"] = Data("x2".utf8)
        let store = published(Self.first, then: [pages])
        #expect(store.changes(since: 1) == ["positions/x/index.html"])
        #expect(PageChanges(store: store, since: 1, address: "/positions/x/").page)
        #expect(!PageChanges(store: store, since: 1, address: "/positions/y/").page)
        #expect(!PageChanges(store: store, since: 1, address: "/").page)
        #expect(PageChanges(store: store, since: 1, address: "/").generation == 2)
        // Nothing changed since the latest generation.
        #expect(store.changes(since: 2) == [])
        #expect(!PageChanges(store: store, since: 2, address: "/positions/x/").page)
    }

    @Test func theSearchIndexIsNamedByItsFolderAndOtherFilesByPath() {
        var index = Self.first
        index["search/terms/0.json.gz"] = Data("t2".utf8)
        index["fr/search/index.json.gz"] = nil
        index["data/corpus.json"] = Data("c2".utf8)
        index["assets/style.css"] = Data("css2".utf8)
        let changes = PageChanges(store: published(Self.first, then: [index]), since: 1, address: "/positions/x/")
        #expect(!changes.page && !changes.all)
        #expect(changes.search == ["fr/search/", "search/"])
        #expect(changes.paths == ["assets/style.css", "data/corpus.json"])
        let json = String(decoding: changes.json(), as: UTF8.self)
        #expect(json == #"{"all":false,"generation":2,"page":false,"paths":["assets/style.css","data/corpus.json"],"search":["fr/search/","search/"]}"#)
    }

    @Test func changesAddUpOverGenerationsAndADeletedPageCounts() {
        var second = Self.first
        second["positions/y/index.html"] = nil
        var third = second
        third["index.html"] = Data("home2".utf8)
        let store = published(Self.first, then: [second, third])
        #expect(store.changes(since: 1) == ["positions/y/index.html", "index.html"])
        // A page whose file is gone is served the 404 page: its file changed.
        #expect(PageChanges(store: store, since: 1, address: "/positions/y/").page)
        #expect(!PageChanges(store: store, since: 2, address: "/positions/y/").page)
        // An address that never had a file follows 404.html.
        #expect(!PageChanges(store: store, since: 1, address: "/nowhere/").page)
        // Percent-encoded addresses, as location.pathname gives them.
        #expect(PageChanges(store: store, since: 2, address: "/index%2Ehtml").page)
    }

    @Test func aPageOfAForgottenOrUnknownGenerationReloads() {
        var builds: [[String: Data]] = []
        for n in 0...SiteStore.historyLength {
            var files = Self.first
            files["index.html"] = Data("home \(n)".utf8)
            builds.append(files)
        }
        let store = published(Self.first, then: builds)
        #expect(store.changes(since: 1) == nil)
        #expect(PageChanges(store: store, since: 1, address: "/").all)
        #expect(store.changes(since: 2) == ["index.html"])
        #expect(store.changes(since: 99) == nil)
        #expect(store.changes(since: -1) == nil)
    }

    @Test func anEditedPageShownAloneChangesOnlyItsFile() {
        let store = published(Self.first, then: [])
        store.update("positions/x/index.html", with: Data("fast".utf8))
        store.update("positions/y/index.html", with: Data("y".utf8))
        #expect(store.changes(since: 1) == ["positions/x/index.html"])
        #expect(store.changes(since: 2) == [])
    }

    @Test func theServerAnswersTheChangesOfAPage() throws {
        var pages = Self.first
        pages["positions/x/index.html"] = Data("x2".utf8)
        let responder = SiteResponder(store: published(Self.first, then: [pages]))
        let reply = responder.reply(path: "/__travaux/changes", query: "since=1&page=%2Fpositions%2Fx%2F")
        #expect(reply.status == 200)
        #expect(reply.contentType == "application/json")
        #expect(String(decoding: reply.body, as: UTF8.self).contains(#""page":true"#))
        #expect(responder.reply(path: "/__travaux/changes", query: "page=%2F").status == 400)
    }
}
