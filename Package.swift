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
        .target(name: "Reports", dependencies: ["BackpropCore", "Lessons"]),
        .target(name: "TrainingModels", dependencies: ["BackpropCore"]),
        .executableTarget(
            name: "backprop",
            dependencies: [
                "BackpropCore", "Lessons", "Reports", "TrainingModels",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "BackpropCoreTests", dependencies: ["BackpropCore"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "BackpropCore"]),
        .testTarget(
            name: "TrainingModelsTests",
            dependencies: ["TrainingModels", "BackpropCore"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "CommandLineTests",
            dependencies: ["backprop", "BackpropCore", "Lessons"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
