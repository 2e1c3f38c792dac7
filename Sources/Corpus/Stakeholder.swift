/// A state, group, organisation or person whose positions the record holds.
public struct Stakeholder: Sendable, Hashable {
    /// The kinds of stakeholder docs/design.md names (*Content*).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case memberState = "member-state"
        case groupOfStates = "group-of-states"
        case intergovernmental
        case unEntity = "un-entity"
        case civilSociety = "civil-society"
        case privateSector = "private-sector"
        case academia
        case other

        /// The kind for readers ("Member state").
        public var label: String {
            switch self {
            case .memberState: "Member state"
            case .groupOfStates: "Group of states"
            case .intergovernmental: "Intergovernmental organisation"
            case .unEntity: "UN entity"
            case .civilSociety: "Civil society"
            case .privateSector: "Private sector"
            case .academia: "Academia"
            case .other: "Other"
            }
        }
    }

    public var id: String
    public var path: String
    public var name: String
    public var short: String?
    public var kind: Kind
    public var url: String?
    public var body: SourceText
    /// The language the document is written in (`language:`, else the site's default).
    public var language = ""
    /// Its versions in the site's other languages, in the order of `languages:`.
    public var translations: [Translation] = []

    public init(id: String, path: String, name: String, short: String?, kind: Kind, url: String?, body: SourceText) {
        self.id = id
        self.path = path
        self.name = name
        self.short = short
        self.kind = kind
        self.url = url
        self.body = body
    }

    /// The short name when there is one.
    public var displayShort: String { short ?? name }
}
