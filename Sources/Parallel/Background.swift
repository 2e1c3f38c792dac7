import Dispatch

/// A value computed on another thread; ``value`` waits for it.
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.group.leave()
        }
    }

    /// Waits for the value (the group's leave/wait orders the write before this read).
    public var value: Value {
        group.wait()
        return result!
    }
}
