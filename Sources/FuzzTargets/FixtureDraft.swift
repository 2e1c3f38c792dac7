/// The fixed draft the `references` target links against: the body of the test fixture
/// `Tests/TravauxKitTests/Fixtures/site/content/drafts/zero-draft.md` (chapters, an article
/// with a Latin suffix, numbered paragraphs, points, nested roman points, a preamble, an
/// annex), copied here so the fuzzer binary needs no file.
enum FixtureDraft {
    static let id = "zero-draft"
    static let title = "Zero draft"
    static let path = "content/drafts/zero-draft.md"
    /// The line of the file the body starts on (after its front matter).
    static let firstLine = 8

    /// The site's names of other instruments, as in the fixture's `site.yml`.
    static let externalInstruments = ["Budapest Convention", "UNTOC"]
    /// The name of the negotiated text, as in the fixture's `site.yml`.
    static let instrument = "Convention on Testing"

    static let body = #"""
> An outline reconstructed for the tests.

# Preamble
The States Parties to this Convention,

*Noting* the importance of cooperation,

Recognizing the need for safeguards,

# Chapter I. General provisions
## Article 1. Statement of purpose
1. The purposes of this Convention are:
   (a) To promote and strengthen measures;
   (b) To promote cooperation, including:
   (i) Exchange of information;
   (ii) Training;
   (c) To provide technical assistance.
2. Nothing in this Convention affects sovereignty.

## Article 4 bis. Scope
This Convention applies to:
(a) The prevention of offences;
(b) The protection of victims.

# Chapter IV. Procedural measures
## Article 24: Conditions and safeguards
1. Each State Party shall ensure safeguards.
2. Such conditions and safeguards shall include:
   (a) Judicial review;
   (b) Grounds justifying application.
3. Each State Party shall consider the impact.[^1]

[^1]: A note on the draft.

# Annex I. Forms
Text of the annex.
"""#
}
