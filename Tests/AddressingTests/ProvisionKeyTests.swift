import Testing
@testable import Addressing

@Suite struct ProvisionKeyTests {
    @Test func keysAreAsciiSlugsOfTheTitle() {
        #expect(ProvisionKey.fromTitle("Offences related to online child sexual abuse or child sexual exploitation material")
            == "offences-related-to-online-child-sexual-abuse-or-child-sexual-exploitation-material")
        let long = String(repeating: "Cooperation ", count: 12)
        #expect(ProvisionKey.fromTitle(long)?.count == 95, "cut at a word, at most 100 characters")
        #expect(ProvisionKey.fromTitle("Coopération internationale") == "cooperation-internationale")
        #expect(ProvisionKey.fromTitle("State's obligations") == "states-obligations")
        #expect(ProvisionKey.fromTitle("—") == nil)
    }

    @Test func aProvisionWithoutTitleIsKeyedByItsNumber() {
        #expect(ProvisionKey.fromNumber("4 bis") == "article-4bis")
    }
}
