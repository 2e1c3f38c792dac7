import Foundation

/// The moves and removals that publish a staged site: the real file system, or in tests one
/// that fails where a test needs it to.
struct StagingFileSystem: Sendable {
    /// Renames `from` to `to` (same file system).
    var move: @Sendable (_ from: URL, _ to: URL) throws -> Void
    /// Deletes a folder and everything in it.
    var remove: @Sendable (_ folder: URL) throws -> Void

    /// The real file system.
    static let standard = StagingFileSystem(
        move: { try FileManager.default.moveItem(at: $0, to: $1) },
        remove: { try FileManager.default.removeItem(at: $0) }
    )
}
