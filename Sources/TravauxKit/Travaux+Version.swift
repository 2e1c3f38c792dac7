extension Travaux {
    /// The version of Travaux, printed by `travaux --version` and `travaux version` (the one
    /// place it is written).
    public static let version = "0.14.0"
}
