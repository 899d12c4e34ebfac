import ArgumentParser

/// The `backprop` command: a terminal tutor that walks a small neural network node by node.
@main
struct BackpropCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backprop",
        abstract: "Learn backpropagation by stepping through a small neural network, node by node.",
        version: BackpropVersion.current,
        subcommands: [ListCommand.self, TraceCommand.self, TrainCommand.self, CheckCommand.self, ExportCommand.self,
                      BenchCommand.self, TerminalDemoCommand.self]
    )
}
