import Dispatch

/// Maps `items` on all cores, keeping their order.
public func parallelMap<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
    guard items.count > 1 else { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer {
        results.deinitialize()
        results.deallocate()
    }
    // Each iteration writes only its own slot, so the buffer needs no lock.
    nonisolated(unsafe) let slots = results
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        slots[index] = transform(items[index])
    }
    return results.map { $0! }
}

/// Updates every element of `items` in place on all cores, returning what each update
/// returns, in order.
///
/// Each element is changed where it lies, so when `items` is uniquely referenced the value
/// an update replaces (a document's old tree, say) is freed as soon as that update is done,
/// not when the whole array has been mapped: peak memory stays near one copy of the array.
public func parallelUpdate<Item: Sendable, Result: Sendable>(
    _ items: inout [Item], _ update: @Sendable (inout Item) -> Result
) -> [Result] {
    guard items.count > 1 else { return items.indices.map { update(&items[$0]) } }
    let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer {
        results.deinitialize()
        results.deallocate()
    }
    items.withUnsafeMutableBufferPointer { buffer in
        // Each iteration reads and writes only its own slots, so neither buffer needs a lock.
        nonisolated(unsafe) let elements = buffer
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots[index] = update(&elements[index])
        }
    }
    return results.map { $0! }
}
