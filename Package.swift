// swift-tools-version:6.0
import PackageDescription

/// Members come only from modules a file imports (SE-0444), so nothing reaches Foundation
/// through a dependency that imports it (TOMLKit): the product stays on FoundationEssentials.
let strictImports: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

let package = Package(
    name: "backprop",
    products: [
        .executable(name: "backprop", targets: ["backprop"]),
        .executable(name: "backprop-bench", targets: ["backprop-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "BackpropCore", swiftSettings: strictImports),
        // How the core's formulas and numbers are written: Unicode, ASCII or LaTeX.
        .target(name: "BackpropNotation", dependencies: ["BackpropCore"], swiftSettings: strictImports),
        .target(
            name: "Lessons",
            dependencies: ["BackpropCore", "BackpropNotation", "BuiltInLessons", "ProgressStorage", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: strictImports
        ),
        // lessons/*.toml, embedded at build time so that a copied binary has every built-in lesson.
        .target(name: "BuiltInLessons", plugins: ["EmbedLessons"]),
        .executableTarget(name: "LessonEmbedder"),
        .plugin(name: "EmbedLessons", capability: .buildTool(), dependencies: ["LessonEmbedder"]),
        .target(name: "ProgressStorage", swiftSettings: strictImports),
        .target(name: "Reports", dependencies: ["BackpropCore", "BackpropNotation", "Lessons", "ProgressStorage"], swiftSettings: strictImports),
        .target(name: "TrainingModels", dependencies: ["BackpropCore", "BackpropNotation"], swiftSettings: strictImports),
        .target(name: "TutorUI", dependencies: ["BackpropCore", "BackpropNotation", "Lessons", "TrainingModels", "ProgressStorage", "Reports"], swiftSettings: strictImports),
        // No `pkgConfig: "ncursesw"`: SwiftPM drops its -D_XOPEN_SOURCE=600 anyway (the shim
        // header asks for the wide API itself and finds the header with __has_include) and
        // warns on every build. The Terminal target links the library per platform.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"]), .yum(["ncurses-devel"])]
        ),
        .target(name: "CTerminalGuard"),
        .target(
            name: "Terminal",
            dependencies: ["CNcursesw", "CTerminalGuard", "TutorUI"],
            swiftSettings: strictImports,
            linkerSettings: [
                // Linux: the wide library (Debian's linker script brings in tinfo); macOS: the SDK's
                // ncurses, which is wide already.
                .linkedLibrary("ncursesw", .when(platforms: [.linux, .android])),
                .linkedLibrary("ncurses", .when(platforms: [.macOS])),
            ]
        ),
        // What the commands share: lesson files by path or name, and the standard streams.
        .target(
            name: "CommandLineSupport",
            dependencies: ["Lessons", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictImports
        ),
        .executableTarget(
            name: "backprop",
            dependencies: [
                "BackpropCore", "BackpropNotation", "Lessons", "Reports", "ProgressStorage", "TrainingModels", "TutorUI", "Terminal",
                "CommandLineSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictImports
        ),
        // The benchmarks, apart from the product: training updates against the C loop, the
        // training view's rate, the stepper's screens (Benchmarks/README.md).
        .executableTarget(
            name: "backprop-bench",
            dependencies: [
                "BackpropCore", "BackpropNotation", "Lessons", "TrainingModels", "TutorUI", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictImports
        ),
        // Fixtures more than one test target reads; no product depends on it.
        .target(name: "TestSupport", dependencies: ["BackpropCore"], path: "Tests/TestSupport"),
        .testTarget(name: "BackpropCoreTests", dependencies: ["BackpropCore", "TestSupport"]),
        .testTarget(name: "BackpropNotationTests", dependencies: ["BackpropNotation", "BackpropCore", "TestSupport"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "BackpropCore", "BackpropNotation", "BuiltInLessons", "TestSupport"]),
        .testTarget(
            name: "TutorUITests",
            dependencies: ["TutorUI", "Lessons", "BackpropCore", "BackpropNotation", "TrainingModels", "ProgressStorage", "Reports"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "Lessons", "BackpropCore", "BackpropNotation"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "ProgressStorageTests", dependencies: ["ProgressStorage"]),
        .testTarget(
            name: "TrainingModelsTests",
            dependencies: ["TrainingModels", "BackpropCore"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "CommandLineTests",
            dependencies: ["backprop", "backprop-bench", "BackpropCore", "Lessons"]
        ),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "TutorUI", "backprop"]),
    ],
    swiftLanguageModes: [.v6]
)
