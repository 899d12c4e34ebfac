import ArgumentParser

/// `backprop check`: not built yet.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("backprop check is not built yet")
    }
}
