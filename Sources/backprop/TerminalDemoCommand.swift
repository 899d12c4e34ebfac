import ArgumentParser
import Foundation
import Terminal
import TutorUI

/// `backprop _terminal-demo` (hidden): proves the terminal layer in a real terminal by showing
/// the size and the last key, following resizes, and quitting on q, Esc or Ctrl-C.
struct TerminalDemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_terminal-demo",
        abstract: "Show the size and the last key pressed, to check the terminal layer.",
        shouldDisplay: false
    )

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    @Option(help: "Use colour: auto, always or never.")
    var color: ColorChoice = .auto

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var capabilities = TerminalCapabilities.decide(color: color, forceASCII: ascii, environment: environment,
                                                       outputIsTerminal: isatty(STDOUT_FILENO) == 1)
        let session: TerminalSession
        do {
            session = try TerminalSession.start(theme: .dark, colorMode: capabilities.colorMode)
        } catch {
            FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
            throw ExitCode.failure
        }
        defer { session.end() }
        capabilities.colorMode = session.colorMode
        var demo = TerminalDemoScreen(size: session.size, lastKey: nil, capabilities: capabilities)
        session.draw(demo.render())
        while true {
            guard let key = session.readKey() else { continue }
            switch key {
            case .character("q"), .escape, .control("c"):
                return
            case .control("l"):
                session.repaint()
            default:
                demo.lastKey = key
            }
            demo.size = session.size
            session.draw(demo.render())
        }
    }
}
