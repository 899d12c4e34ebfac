import ArgumentParser

/// `backprop train`: not built yet.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "train", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("backprop train is not built yet")
    }
}
