// swift-tools-version:6.0
import PackageDescription

/// Travaux: a static site generator for the records of treaty negotiations.
///
/// One target per pipeline stage (DESIGN.md §5), data flowing one way:
/// `Corpus` (load) -> `Structure` (drafts and positions) -> `Citations` (link) -> `Compare`
/// (concordance, redlines, matrix) -> `Render` (site) and `Search` (index) -> `Output` (write),
/// orchestrated by `TravauxKit`, driven by the thin `travaux` executable.
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
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Diagnostics"),
        .target(name: "Markdown", dependencies: ["CCmarkGFM"]),
        .target(name: "Corpus", dependencies: ["Diagnostics", "Markdown", .product(name: "Yams", package: "Yams")]),
        .target(name: "Structure", dependencies: ["Diagnostics", "Markdown", "Corpus"]),
        .target(name: "Citations", dependencies: ["Diagnostics", "Markdown", "Corpus", "Structure"]),
        .target(name: "Compare", dependencies: ["Diagnostics", "Markdown", "Corpus", "Structure", "Citations"]),
        .target(name: "Search", dependencies: ["Diagnostics", "Markdown", "Corpus", "Structure", "Citations", "Compare"]),
        .target(name: "Permalinks", dependencies: ["Diagnostics", "Corpus"]),
        .target(
            name: "Render",
            dependencies: [
                "Diagnostics", "Markdown", "Corpus", "Structure", "Citations", "Compare", "Permalinks",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedDefaultTheme"]
        ),
        .target(name: "Output", dependencies: ["Diagnostics"]),
        .target(
            name: "TravauxKit",
            dependencies: ["Diagnostics", "Corpus", "Structure", "Citations", "Compare", "Search", "Permalinks", "Render", "Output"]
        ),
        .executableTarget(
            name: "travaux",
            dependencies: ["TravauxKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "ThemeEmbedder"),
        .target(name: "FuzzTargets", dependencies: ["Diagnostics", "Markdown", "Corpus", "Structure", "Citations", "Permalinks"]),
        .executableTarget(name: "travaux-fuzz", dependencies: ["FuzzTargets"]),
        .plugin(name: "EmbedDefaultTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),

        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "Diagnostics"]),
        .testTarget(
            name: "StructureTests",
            dependencies: ["Structure", "Corpus", "Markdown", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "CitationsTests", dependencies: ["Citations", "Structure", "Markdown", "Corpus"]),
        .testTarget(name: "CompareTests", dependencies: ["Compare", "Citations", "Structure", "Markdown", "Corpus"]),
        .testTarget(name: "SearchTests", dependencies: ["Search", "Compare", "Citations", "Structure", "Markdown", "Corpus"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PermalinksTests", dependencies: ["Permalinks", "Corpus"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Structure", "Corpus"]),
        .testTarget(name: "OutputTests", dependencies: ["Output"]),
        .testTarget(name: "TravauxKitTests", dependencies: ["TravauxKit", "Diagnostics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FuzzTargetsTests", dependencies: ["FuzzTargets"]),
    ],
    swiftLanguageModes: [.v6]
)
