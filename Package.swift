// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "backprop",
    products: [
        .executable(name: "backprop", targets: ["backprop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "BackpropCore"),
        .target(
            name: "Lessons",
            dependencies: ["BackpropCore", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(name: "ProgressStorage"),
        .target(name: "Reports", dependencies: ["BackpropCore", "Lessons", "ProgressStorage"]),
        .target(name: "TrainingModels", dependencies: ["BackpropCore"]),
        .target(name: "TutorUI", dependencies: ["BackpropCore", "Lessons", "TrainingModels", "ProgressStorage", "Reports"]),
        // No `pkgConfig: "ncursesw"`: SwiftPM drops its -D_XOPEN_SOURCE=600 anyway (the shim
        // header asks for the wide API itself) and warns on every build. The module map links
        // ncursesw, whose Debian linker script brings in tinfo.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "CTerminalGuard"),
        .target(name: "Terminal", dependencies: ["CNcursesw", "CTerminalGuard", "TutorUI"]),
        .executableTarget(
            name: "backprop",
            dependencies: [
                "BackpropCore", "Lessons", "Reports", "ProgressStorage", "TrainingModels", "TutorUI", "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixtures more than one test target reads; no product depends on it.
        .target(name: "TestSupport", dependencies: ["BackpropCore"], path: "Tests/TestSupport"),
        .testTarget(name: "BackpropCoreTests", dependencies: ["BackpropCore", "TestSupport"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "BackpropCore", "TestSupport"]),
        .testTarget(
            name: "TutorUITests",
            dependencies: ["TutorUI", "Lessons", "BackpropCore", "TrainingModels", "ProgressStorage", "Reports"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "Lessons", "BackpropCore"],
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
            dependencies: ["backprop", "BackpropCore", "Lessons"]
        ),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "TutorUI", "backprop"]),
    ],
    swiftLanguageModes: [.v6]
)
