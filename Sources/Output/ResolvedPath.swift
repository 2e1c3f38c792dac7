import Foundation

/// An absolute file path with every symbolic link and `.`/`..` resolved, so two paths can be
/// compared for what they really name.
///
/// The longest part of the path that exists is resolved by the system (`realpath`), which
/// follows links the way the kernel will; the rest, which does not exist yet and so holds no
/// link, is appended with `.` and `..` applied.
struct ResolvedPath: Sendable, Hashable, CustomStringConvertible {
    /// The path's components below `/`.
    let components: [String]

    init(_ url: URL) {
        var existing = url.path.isEmpty ? "/" : url.path
        var missing: [String] = []
        var resolved: String?
        while resolved == nil {
            if let real = realpath(existing, nil) {
                resolved = String(cString: real)
                free(real)
            } else if existing == "/" || existing.isEmpty {
                resolved = "/"
            } else {
                let parent = (existing as NSString).deletingLastPathComponent
                missing.insert((existing as NSString).lastPathComponent, at: 0)
                existing = parent.isEmpty ? "/" : parent
            }
        }
        var components = (resolved ?? "/").split(separator: "/").map(String.init)
        for component in missing {
            switch component {
            case "", ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        self.components = components
    }

    /// The path as text.
    var description: String { "/" + components.joined(separator: "/") }

    /// The path as a file URL.
    var url: URL { URL(fileURLWithPath: description, isDirectory: true) }

    /// Whether this path is `other` or a folder that holds it, at any depth.
    func contains(_ other: ResolvedPath) -> Bool {
        other.components.count >= components.count && Array(other.components.prefix(components.count)) == components
    }
}
