/// A negotiating session or meeting, from `content/sessions.yml`.
public struct Session: Sendable, Hashable {
    public var id: String
    public var title: String
    public var kind: String
    public var start: PartialDate
    public var end: PartialDate?
    public var place: String?
    public var description: String?
    /// Line of the entry in sessions.yml.
    public var line: Int

    public init(
        id: String, title: String, kind: String, start: PartialDate, end: PartialDate?,
        place: String?, description: String?, line: Int
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.start = start
        self.end = end
        self.place = place
        self.description = description
        self.line = line
    }

    /// "21 August – 1 September 2023" style span for readers.
    public var displayDates: String {
        guard let end, end != start else { return start.display }
        if start.year == end.year, let sm = start.month, let em = end.month, let sd = start.day, end.day != nil {
            if sm == em { return "\(sd)–\(end.display)" }
            return "\(sd) \(PartialDate.monthNames[sm - 1]) – \(end.display)"
        }
        return "\(start.display) – \(end.display)"
    }
}
