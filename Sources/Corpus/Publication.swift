import Foundation

/// Which documents a build publishes: a draft, position or page with `published: false`, or
/// dated after the build's day, is held back unless `includeUnpublished`
/// (docs/content-format.md, *Unpublished documents*).
///
/// The build's day is given, never read here: the output depends only on the content and
/// that date.
public struct Publication: Sendable, Hashable {
    /// The build's day (a full date); `nil` holds back nothing for its date.
    public var today: PartialDate?
    /// Publish held-back documents too (a preview).
    public var includeUnpublished: Bool

    public init(today: PartialDate? = nil, includeUnpublished: Bool = false) {
        self.today = today
        self.includeUnpublished = includeUnpublished
    }

    /// The day `date` falls on in UTC, as a full ``PartialDate``.
    public static func day(of date: Date) -> PartialDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let text = String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
        return PartialDate(text)!
    }

    /// Why a document is held back, or `nil` when it is published.
    func reason(published: Bool, date: PartialDate?) -> HeldBackDocument.Reason? {
        guard !includeUnpublished else { return nil }
        if !published { return .notPublished }
        // A partial date is in the future when its first possible day is: "2025" is not, on
        // any day of 2025.
        if let date, let today, date.firstDayISO > today.firstDayISO { return .future(date) }
        return nil
    }

    /// `items` without the held-back ones, which are added to `heldBack`.
    func published<Item>(
        _ items: [Item], kind: HeldBackDocument.Kind, id: KeyPath<Item, String>, path: KeyPath<Item, String>,
        isPublished: KeyPath<Item, Bool>, date: (Item) -> PartialDate?, heldBack: inout [HeldBackDocument]
    ) -> [Item] {
        items.filter { item in
            guard let reason = reason(published: item[keyPath: isPublished], date: date(item)) else { return true }
            heldBack.append(HeldBackDocument(kind: kind, id: item[keyPath: id], path: item[keyPath: path], reason: reason))
            return false
        }
    }
}
