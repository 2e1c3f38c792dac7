import Foundation
import Testing
@testable import Search

/// The index built from a small record: what it holds, where, and how a client reads it.
@Suite struct SearchStageTests {
    @Test func everyArticleParagraphPassageHeadingAndStakeholderHasOneDocumentNewestFirst() throws {
        let fixture = try SearchFixture()
        let urls = try fixture.documents().map { $0[0] }
        #expect(Set(urls).count == urls.count)
        for url in [
            "drafts/second/", "drafts/second/#chp_I", "drafts/second/#art_3", "drafts/second/#art_3__para_2",
            "drafts/first/#art_2__para_1", "positions/acme-2023/#safeguards", "positions/acme-2023/#p_1",
            "positions/freedonia-2023/#p_1", "stakeholders/acme/", "pages/about/#p_1", "sessions/first/",
        ] {
            #expect(urls.contains(url), "missing \(url)")
        }
        // Newest first within drafts and within positions, so ranking ties go to the newer.
        #expect(try fixture.number("drafts/second/") < fixture.number("drafts/first/"))
        #expect(try fixture.number("positions/freedonia-2023/") < fixture.number("positions/acme-2023/"))
        #expect(try fixture.number("drafts/first/") < fixture.number("positions/freedonia-2023/"))
        #expect(try fixture.number("positions/acme-2023/#p_3") < fixture.number("stakeholders/acme/"))
        let entry = try #require(fixture.json("index") as? [String: Any])
        #expect(entry["documents"] as? Int == urls.count)
        #expect(entry["stakeholders"] == nil, "facet labels are in facets.json, not in the file every query reads")
    }

    @Test func everyFileIsGzipOfJSONAndTheDocumentsShareFewShards() throws {
        let fixture = try SearchFixture()
        for file in fixture.index.files {
            #expect(file.path.hasPrefix("search/") && file.path.hasSuffix(".json.gz"), "\(file.path)")
            let json = try Inflate.gunzip(Array(file.data))
            #expect((try? JSONSerialization.jsonObject(with: Data(json))) != nil, "\(file.path) is not JSON")
        }
        let entry = try #require(fixture.json("index") as? [String: Any])
        #expect(entry["format"] as? Int == 2)
        // The small record's documents fit one shard.
        #expect(try fixture.documentShards() == [try fixture.documents().count])
        #expect(fixture.index.files.filter { $0.path.hasPrefix("search/docs/") }.count == 1)
    }

    @Test func postingsCarryKindTitleHitsEmphasisAndAdjacentPositions() throws {
        let fixture = try SearchFixture()
        let dual = try fixture.postings("dual")
        let criminality = try fixture.postings("criminaliti")
        let passage = try fixture.number("positions/acme-2023/#p_1")
        let paragraph = try fixture.number("drafts/second/#art_3__para_2")
        let inPassage = try #require(dual.first { $0.document == passage })
        // Bold text counts twice; the passage is a position's.
        #expect(inPassage.bodyHits == 2 && inPassage.kind == 1 && inPassage.titleHits == 0)
        let criminalityInPassage = try #require(criminality.first { $0.document == passage })
        #expect(criminalityInPassage.positions == inPassage.positions.map { $0 + 1 })
        #expect(dual.contains { $0.document == paragraph && $0.kind == 0 && $0.bodyHits == 1 })
        // A heading is its document's title.
        let heading = try fixture.number("positions/acme-2023/#safeguards")
        #expect(try fixture.postings("safeguard").contains { $0.document == heading && $0.titleHits == 1 })
        // Documents increase; stop words are not indexed.
        #expect(dual.map(\.document) == dual.map(\.document).sorted())
        #expect(try fixture.postings("the").isEmpty)
    }

    @Test func stopWordsKeepTheirPlaceSoPhrasesCanSkipThem() throws {
        let fixture = try SearchFixture()
        let passage = try fixture.number("positions/acme-2023/#p_1")
        // "Dual criminality must be the starting place": must(2) be(3) the(4) starting(5).
        let must = try #require(fixture.postings("must").first { $0.document == passage })
        let starting = try #require(fixture.postings("start").first { $0.document == passage })
        #expect(starting.positions.first! - must.positions.first! == 3)
    }

    @Test func passagesAreIndexedUnderTheProvisionsTheyCiteAcrossRenumbering() throws {
        let fixture = try SearchFixture()
        let acme = try fixture.number("positions/acme-2023/#p_1")
        let freedonia = try fixture.number("positions/freedonia-2023/#p_1")
        // Article 2 of the first draft and Article 3 of the second are one provision.
        let key = "~conditions-and-safeguards"
        #expect(Set(try fixture.postings(key).map(\.document)) == [freedonia, acme])
        #expect(try fixture.postings(key + "/2").map(\.document).sorted() == [freedonia, acme].sorted())
        #expect(try fixture.postings(key + "/2/b").map(\.document) == [freedonia])
        #expect(try fixture.postings(key + "/2").allSatisfy { $0.positions.isEmpty })
        let positionFiles = fixture.index.files.filter { $0.path.hasPrefix("search/positions/") }
        #expect(!positionFiles.isEmpty)
        for file in positionFiles {
            #expect(!String(decoding: try Inflate.gunzip(Array(file.data)), as: UTF8.self).contains("\"~"), "citation terms have no positions")
        }
    }

    @Test func theEntryNamesTheLatestDraftsArticlesAndTheAnchorsInsideThem() throws {
        let fixture = try SearchFixture()
        let entry = try #require(fixture.json("index") as? [String: Any])
        let latest = try #require(entry["latest"] as? [String: Any])
        #expect(latest["draft"] as? String == "second")
        #expect(latest["url"] as? String == "drafts/second/")
        let articles = try #require(latest["articles"] as? [String: [String: Any]])
        let article = try #require(articles["3"])
        #expect(article["anchor"] as? String == "art_3")
        #expect(article["key"] as? String == "conditions-and-safeguards")
        #expect(article["parts"] as? [String] == ["para_1", "para_2", "para_2__point_a", "para_2__point_b"])
        #expect(entry["stopwords"] as? [String] == Tokenizer.stopWords)
    }

    @Test func theEntryNamesTheProvisionsEarlierDraftsNumberedOtherwise() throws {
        let fixture = try SearchFixture()
        let entry = try #require(fixture.json("index") as? [String: Any])
        let latest = try #require(entry["latest"] as? [String: Any])
        let earlier = try #require(latest["earlier"] as? [String: [[String: Any]]])
        // Article 2 of the first draft is Article 3 of the second (whose Article 2 is another
        // provision): "art 2" must find it too.
        let two = try #require(earlier["2"])
        #expect(two.count == 1)
        #expect(two[0]["key"] as? String == "conditions-and-safeguards")
        #expect(two[0]["number"] as? String == "2")
        #expect(two[0]["now"] as? String == "3")
        #expect(two[0]["drafts"] as? [String] == ["First draft"])
        // Article 1 kept its number: nothing to add.
        #expect(earlier["1"] == nil)
    }

    @Test func facetSourcesCoverEveryDocumentWithItsSourcesValues() throws {
        let fixture = try SearchFixture()
        let facets = try #require(fixture.json("facets") as? [String: Any])
        #expect((facets["stakeholders"] as? [[String]])?.map { $0[0] } == ["acme", "freedonia"])
        #expect((facets["drafts"] as? [[String]])?.map { $0[0] } == ["first", "second"])
        let sources = try #require(facets["sources"] as? [String: String])
        let column = { (name: String) in V32.decode(sources[name] ?? "") }
        var stakeholderNumbers = column("stakeholders")[...]
        // Per source: count, kind, draft + 1, session + 1, day + 1, then its stakeholders.
        var values: [(kind: Int, stakeholders: [Int], draft: Int, session: Int, day: Int)] = []
        for (i, count) in column("count").enumerated() {
            let stakeholders = (0..<stakeholderNumbers.removeFirst()).map { _ in stakeholderNumbers.removeFirst() }
            values += repeatElement((kind: column("kind")[i], stakeholders: stakeholders, draft: column("draft")[i], session: column("session")[i], day: column("day")[i]), count: count)
        }
        #expect(stakeholderNumbers.isEmpty)
        #expect(values.count == (try fixture.documents().count))
        let acme = values[try fixture.number("positions/acme-2023/#p_1")]
        // A position of acme (index 0 of the sorted ids), citing the first draft, no session.
        #expect(acme.kind == 1 && acme.stakeholders == [0] && acme.draft == 1 && acme.session == 0)
        #expect(acme.day == SearchStage.dayNumber("2023-03-01")! + 1)
        let first = values[try fixture.number("drafts/first/#art_2")]
        #expect(first.kind == 0 && first.draft == 1 && first.session == 1)
        let session = values[try fixture.number("sessions/first/")]
        #expect(session.kind == 3 && session.session == 1 && session.day == SearchStage.dayNumber("2023-01-09")! + 1)
        let stakeholder = values[try fixture.number("stakeholders/freedonia/")]
        #expect(stakeholder.kind == 2 && stakeholder.stakeholders == [1] && stakeholder.day == 0)
    }

    @Test func daysAreCountedFromTheUnixEpoch() {
        #expect(SearchStage.dayNumber("1970-01-01") == 0)
        #expect(SearchStage.dayNumber("2000-03-01") == 11_017)
        #expect(SearchStage.dayNumber("2023-11-03") == 19_664)
        #expect(SearchStage.dayNumber("2023-11") == nil)
    }

    @Test func authorTextCannotBreakOutOfTheJSON() throws {
        let fixture = try SearchFixture()
        let shards = fixture.index.files.filter { $0.path.hasPrefix("search/") }
        for shard in shards {
            let text = String(decoding: try Inflate.gunzip(Array(shard.data)), as: UTF8.self)
            #expect(!text.contains("<"), "\(shard.path) holds a raw <")
        }
        let passage = try fixture.documents()[try fixture.number("positions/acme-2023/#p_3")]
        #expect(passage[3].contains("<script>alert(\"x\")</script>"))
    }

    @Test func termsAreFoldedAndShardedInUTF16OrderSoTheClientFindsEachOne() throws {
        let fixture = try SearchFixture()
        #expect(try !fixture.postings("proteccion").isEmpty)
        #expect(try !fixture.postings("parti").isEmpty)
        #expect(try !fixture.postings("offence").isEmpty)
        let entry = try #require(fixture.json("index") as? [String: Any])
        let shards = try #require(entry["shards"] as? [String])
        #expect(shards.first == "")
        for (index, first) in shards.enumerated() {
            let terms = try #require(fixture.json("terms/\(index)") as? [String: String])
            #expect(terms.keys.allSatisfy { !$0.utf16.lexicographicallyPrecedes(first.utf16) })
            if index + 1 < shards.count {
                #expect(terms.keys.allSatisfy { $0.utf16.lexicographicallyPrecedes(shards[index + 1].utf16) })
            }
        }
    }

    @Test func theSameRecordGivesTheSameBytes() throws {
        let first = try SearchFixture().index.files
        let second = try SearchFixture().index.files
        #expect(first.map(\.path) == second.map(\.path))
        #expect(first.map(\.data) == second.map(\.data))
    }
}

