import ArgumentParser

/// `backprop trace`: not built yet.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "trace", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("backprop trace is not built yet")
    }
}
