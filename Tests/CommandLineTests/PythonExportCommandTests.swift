import Foundation
import Testing

/// `backprop export --format numpy|pytorch`, run as a user would run it.
struct PythonExportCommandTests {
    @Test func numpyAndPytorchWriteAScriptOfEveryUpdate() throws {
        let xor = BackpropProcess.lesson("08-xor.toml")
        for format in ["numpy", "pytorch"] {
            let result = try BackpropProcess.run(["export", xor, "--format", format])
            #expect(result.status == 0, "\(result.standardError)")
            // Every update of the lesson, not the handout's first 10, and no note about it.
            #expect(result.standardError.isEmpty)
            #expect(result.standardOutput.hasPrefix("#!/usr/bin/env python3\n\"\"\"Learning XOR"))
            #expect(result.standardOutput.contains("\nUPDATES = 10000  # how many updates the lesson makes\n"))
        }
        let torch = try BackpropProcess.run(["export", xor, "--format", "pytorch", "--iterations", "20000"])
        #expect(torch.standardOutput.contains("\nUPDATES = 20000 ") && torch.standardOutput.contains("torch.optim.SGD("))
    }

    @Test func editsReachTheScript() throws {
        let result = try BackpropProcess.run(["export", BackpropProcess.lesson("07-worked-example.toml"),
                                              "--format", "numpy", "--set", "w5=0.9", "--set", "eta=1.0"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("[0.9, 0.45],  # o1: w5 (from h1), w6 (from h2)\n"))
        #expect(result.standardOutput.contains("\neta = 1.0  # η, the learning rate\n"))
    }
}
