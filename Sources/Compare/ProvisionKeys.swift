import Addressing
import Foundation
import Structure

/// Chooses the key each provision is published under (`/articles/<key>/`).
///
/// The key is the slug of the provision's title where it first appeared, or `article-<num>`
/// where it had none (``ProvisionKey``, docs/design.md). Once published it is frozen: a provision keeps a key
/// recorded in `anchors.lock` when any of its versions would give that key, even if a new
/// earlier draft or a new title would now give another. Keys named in `concordance.yml`
/// come first; a key two provisions would share gets `-2`, `-3`, in provision order.
enum ProvisionKeys {
    static func assign(to provisions: inout [Provision], editorKeys: [(key: String, line: Int)?], locked: Set<String>) {
        var taken = Set<String>()
        var keys = [String?](repeating: nil, count: provisions.count)
        for (index, editor) in editorKeys.enumerated() {
            guard let editor, taken.insert(editor.key).inserted else { continue }
            keys[index] = editor.key
        }
        let candidates = provisions.map(Self.candidates)
        for index in provisions.indices where keys[index] == nil {
            if let key = candidates[index].first(where: { locked.contains($0) && !taken.contains($0) }) {
                keys[index] = key
                taken.insert(key)
            }
        }
        for index in provisions.indices where keys[index] == nil {
            let base = candidates[index].first ?? ProvisionKey.fallback
            var key = base
            var suffix = 2
            while taken.contains(key) {
                key = "\(base)-\(suffix)"
                suffix += 1
            }
            keys[index] = key
            taken.insert(key)
        }
        for index in provisions.indices { provisions[index].key = keys[index] ?? ProvisionKey.fallback }
    }

    /// The keys a provision may have, preferred first: for each version in draft order, the
    /// slug of its title, then `article-<num>`.
    static func candidates(_ provision: Provision) -> [String] {
        var result: [String] = []
        for version in provision.versions {
            for key in [version.title.flatMap(ProvisionKey.fromTitle), ProvisionKey.fromNumber(version.number)].compactMap({ $0 })
            where !result.contains(key) {
                result.append(key)
            }
        }
        return result
    }
}
