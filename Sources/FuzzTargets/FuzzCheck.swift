/// Invariants the fuzz targets check on what the code returned, beyond "did not crash".
///
/// A failed check traps with its message, so libFuzzer records the input as a crash.
enum FuzzCheck {
    /// Traps with `message` when `condition` is false.
    static func expect(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() {
            fatalError("fuzz check failed: \(message())")
        }
    }
}
