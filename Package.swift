// swift-tools-version:6.0
import PackageDescription

/// Travaux: a static site generator for the records of treaty negotiations.
///
/// One target per pipeline stage (docs/design.md, *Pipeline*), data flowing one way:
/// `Corpus` (load) -> `Structure` (drafts and positions) -> `Citations` (link) -> `Compare`
/// (concordance, redlines, matrix) -> `Permalinks` (address: the site map from `Addressing`,
/// checked against the lock) -> `Render` (site) and `Search` (index) -> `Output` (write),
/// orchestrated by `TravauxKit`, driven by the thin `travaux` executable; `Serve` is the
/// preview server (`travaux serve`) over the same pipeline. `Addressing` (the
/// anchor grammar and the URL scheme) sits below every stage that names a place in the site.
let package = Package(
    name: "travaux",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "travaux", targets: ["travaux"]),
        .library(name: "TravauxKit", targets: ["TravauxKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        // The preview server's HTTP (`travaux serve`): plain sockets and Swift concurrency, no SwiftNIO.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Diagnostics"),
        .target(name: "Parallel"),
        .target(name: "Markdown", dependencies: ["CCmarkGFM"]),
        .target(name: "Corpus", dependencies: ["Diagnostics", "Parallel", "Markdown", .product(name: "Yams", package: "Yams")]),
        .target(name: "Addressing", dependencies: ["Parallel"]),
        .target(name: "Structure", dependencies: ["Diagnostics", "Parallel", "Markdown", "Corpus", "Addressing"]),
        .target(name: "Citations", dependencies: ["Diagnostics", "Parallel", "Markdown", "Corpus", "Addressing", "Structure"]),
        .target(name: "Compare", dependencies: ["Diagnostics", "Parallel", "Markdown", "Corpus", "Addressing", "Structure", "Citations"]),
        .target(name: "Search", dependencies: ["Diagnostics", "Parallel", "Markdown", "Corpus", "Addressing", "Structure", "Citations", "Compare"]),
        .target(name: "Permalinks", dependencies: ["Diagnostics", "Corpus", "Addressing"]),
        .target(
            name: "Render",
            dependencies: ["Diagnostics", "Parallel", "Markdown", "Corpus", "Addressing", "Structure", "Citations", "Compare", "Permalinks"],
            plugins: ["EmbedDefaultTheme"]
        ),
        .target(name: "Output", dependencies: ["Parallel"]),
        .target(
            name: "TravauxKit",
            dependencies: ["Diagnostics", "Parallel", "Corpus", "Addressing", "Structure", "Citations", "Compare", "Search", "Permalinks", "Render", "Output"]
        ),
        .target(
            name: "Serve",
            dependencies: ["TravauxKit", "Diagnostics", "Output", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "travaux",
            dependencies: ["TravauxKit", "Serve", "Diagnostics", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "ThemeEmbedder"),
        .target(name: "FuzzTargets", dependencies: ["Diagnostics", "Markdown", "Corpus", "Addressing", "Structure", "Citations", "Permalinks"]),
        .executableTarget(name: "travaux-fuzz", dependencies: ["FuzzTargets"]),
        .plugin(name: "EmbedDefaultTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),

        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "ParallelTests", dependencies: ["Parallel"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "Diagnostics"]),
        .testTarget(name: "AddressingTests", dependencies: ["Addressing"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "StructureTests",
            dependencies: ["Structure", "Corpus", "Markdown", "Diagnostics", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "CitationsTests", dependencies: ["Citations", "Structure", "Markdown", "Corpus", "Diagnostics", "Addressing"]),
        .testTarget(name: "CompareTests", dependencies: ["Compare", "Citations", "Structure", "Markdown", "Corpus", "Diagnostics", "Addressing"]),
        .testTarget(name: "SearchTests", dependencies: ["Search", "Compare", "Citations", "Structure", "Markdown", "Corpus", "Addressing"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PermalinksTests", dependencies: ["Permalinks", "Corpus", "Addressing"]),
        .testTarget(
            name: "RenderTests",
            dependencies: ["Render", "Structure", "Corpus", "Diagnostics", "Addressing", "Citations", "Compare", "Permalinks", "Markdown"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "OutputTests", dependencies: ["Output"]),
        .testTarget(name: "TravauxKitTests", dependencies: ["TravauxKit", "Diagnostics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FuzzTargetsTests", dependencies: ["FuzzTargets"]),
        .testTarget(name: "ServeTests", dependencies: ["Serve", "TravauxKit", "Corpus", "Output", "Diagnostics", .product(name: "FlyingFox", package: "FlyingFox")]),
    ],
    swiftLanguageModes: [.v6]
)
