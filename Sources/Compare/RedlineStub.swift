// TEMPORARY until Redline.swift lands.
public struct Redline: Sendable, Hashable {
    public enum Operation: String, Sendable, Hashable { case equal, delete, insert }
    public struct Segment: Sendable, Hashable { public var operation: Operation; public var text: String }
    public var segments: [Segment]
    public init(from old: String, to new: String) { segments = old == new ? [.init(operation: .equal, text: old)] : [.init(operation: .delete, text: old), .init(operation: .insert, text: new)] }
    public var hasChanges: Bool { segments.contains { $0.operation != .equal } }
    public var deletedWords: Int { 0 }
    public var insertedWords: Int { 0 }
    public var oldText: String { segments.filter { $0.operation != .insert }.map(\.text).joined() }
    public var newText: String { segments.filter { $0.operation != .delete }.map(\.text).joined() }
    public func html() -> String { segments.map { "<\($0.operation)>\($0.text)" }.joined() }
}
