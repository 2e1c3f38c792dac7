/// What a link to a position shows of it, worked out once per position: pages that list
/// thousands of citing passages (an article's page) name the same documents again and again.
struct PositionByline: Sendable {
    var title: String
    /// The date for readers: `May 2023`.
    var dateDisplay: String
    /// The ids of its stakeholders.
    var stakeholders: [String]
    /// The stakeholders' short names: `ACME, Freedonia`.
    var who: String
}
