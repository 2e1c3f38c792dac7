import Testing
@testable import Addressing

@Suite struct SiteAddressTests {
    @Test(arguments: [
        ("/positions/old-id/", "/positions/old-id/"),
        ("/drafts/zero-draft/#art_24bis", "/drafts/zero-draft/#art_24bis"),
        ("/drafts//zero-draft/", "/drafts/zero-draft/"),
        ("/drafts/./zero-draft/", "/drafts/zero-draft/"),
        ("/drafts/x/../zero-draft/", "/drafts/zero-draft/"),
        ("/./", "/"),
        ("/", "/"),
        ("/%C3%A9t%C3%A9/", "/été/"),
        ("/drafts/z/#%C3%A9", "/drafts/z/#é"),
        ("/pages/about/..", "/pages/"),
    ])
    func normalisesAnAddressToItsOneSpelling(_ written: String, _ normal: String) throws {
        #expect(try SiteAddress.normalize(written).get() == normal)
    }

    @Test(arguments: [
        ("//host/", "names another host"),
        ("/oldpage", "write '/oldpage/'"),
        ("/old-q/?x=1", "write the path alone, '/old-q/'"),
        ("/drafts/?", "has a query string"),
        ("/a/../../b/", "goes above the site root"),
        ("/%zz/", "not a percent-escape"),
        ("/%FF/", "not a percent-escape"),
        ("/a%3Fb/", "holds '?'"),
        ("/a%00b/", "a space or control character (U+0)"),
        ("/x y/", "a space or control character (U+20)"),
        ("/a\\b/", "holds '\\'"),
        ("https://example.org/", "is not a site address"),
        ("positions/x/", "is not a site address"),
        ("/drafts/z/#", "ends with an empty '#'"),
        ("/drafts/z/#a b", "a space or control character"),
        ("/index.html", "write '/index.html/'"),
    ])
    func refusesWhatTheSiteCouldNotPublish(_ written: String, _ message: String) {
        switch SiteAddress.normalize(written) {
        case .success(let normal): Issue.record("'\(written)' was accepted as '\(normal)'")
        case .failure(let problem):
            #expect(problem.description.hasPrefix("'\(written)'"))
            #expect(problem.description.contains(message), "\(problem)")
        }
    }
}
