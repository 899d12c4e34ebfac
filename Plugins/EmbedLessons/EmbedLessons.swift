import Foundation
import PackagePlugin

/// Embeds the repository's `lessons/*.toml` in the target that uses it, as Swift source
/// generated at build time (``LessonEmbedder``), so a copied binary carries every built-in
/// lesson. `lessons/` stays the source of truth: a changed lesson is embedded again on the
/// next build.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "lessons")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "toml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessonFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) lessons",
                executable: try context.tool(named: "LessonEmbedder").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files + [folder],
                outputFiles: [output]
            ),
        ]
    }
}
