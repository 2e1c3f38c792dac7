import Testing
@testable import Corpus

/// The site's public address: each way it can be wrong, and why.
@Suite struct SiteConfigBaseURLTests {
    @Test(arguments: [
        "https://example.org/", "https://example.org", "http://localhost:8080/travaux/",
        "https://example.org/record/un-cybercrime/", "https://example.org/a%20b/", "https://例え.jp/", "https://example.org/récord/",
    ])
    func absoluteWebAddressesWithAHostAreValid(_ address: String) {
        #expect(SiteConfig.problem(baseURL: address) == nil)
    }

    @Test(arguments: [
        ("example.org/record/", "must be an absolute address starting with https:// (or http://)"),
        ("//example.org/", "must be an absolute address starting with https:// (or http://)"),
        ("ftp://example.org/", "must be an absolute address starting with https:// (or http://)"),
        ("https://exa mple.org/", "holds a space or control character, which an address cannot; percent-encode it"),
        ("https://example.org/\tx/", "holds a space or control character, which an address cannot; percent-encode it"),
        ("https://example.org/a\"b/", "holds '\"', which an address cannot; percent-encode it"),
        ("https://example.org/{x}/", "holds '{', which an address cannot; percent-encode it"),
        ("https://example.org/a\\b/", "holds '\\', which an address cannot; percent-encode it"),
        ("https://", "is not a valid address (no host name after the scheme)"),
        ("https:///record/", "is not a valid address (no host name after the scheme)"),
        ("https://editor:secret@example.org/", "holds a user name or password, which would be published in every page"),
        ("https://editor@example.org/", "holds a user name or password, which would be published in every page"),
        ("https://example.org/?preview=1", "has a query string or fragment ('?' or '#'), which page addresses cannot follow"),
        ("https://example.org/#top", "has a query string or fragment ('?' or '#'), which page addresses cannot follow"),
    ])
    func eachInvalidAddressSaysWhy(_ address: String, _ problem: String) {
        #expect(SiteConfig.problem(baseURL: address) == problem)
    }

    @Test func aMissingFinalSlashIsAddedNotAProblem() {
        #expect(SiteConfig.problem(baseURL: "https://example.org/record") == nil)
        #expect(SiteConfig(title: "T", baseURL: "https://example.org/record").baseURL == "https://example.org/record/")
        #expect(SiteConfig(title: "T", baseURL: "https://example.org/record/").baseURL == "https://example.org/record/")
    }
}
