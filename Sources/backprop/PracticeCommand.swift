import ArgumentParser
import CommandLineSupport
import BackpropCore
import Foundation
import Lessons
import TutorUI

/// `backprop practice`: a fresh exercise, one update of a small network worked by hand with
/// a quiz on every value, in the stepper; or, with `--print-lesson`, the exercise as a
/// lesson file.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Work one update of a freshly drawn small network by hand, a quiz on every value.",
        discussion: """
            Draws inputs, weights, biases and targets with at most two decimals and a round \
            learning rate from the seed, avoiding saturated sigmoids, dead ReLUs and gradients \
            that read 0, and opens the network in the stepper with a quiz on every value in \
            order: each z and a, the loss, each ∂l/∂y, ∂l/∂a and ∂l/∂z, each gradient and each \
            new parameter. A wrong answer of a known kind gets its mistake named. The seed is \
            in the title: the same seed gives the same problem on every machine.

            --print-lesson writes the exercise as a lesson file instead (valid for `backprop \
            check`), to keep, replay or export: `backprop export FILE --format worksheet` \
            makes a worksheet with an answer key. One per student:
              for s in $(seq 1 30); do backprop practice --seed $s --print-lesson > ex-$s.toml; \
            backprop export ex-$s.toml --format worksheet -o ex-$s.md; done
            """
    )

    @Option(help: ArgumentHelp("Layer sizes from inputs to outputs, 1 to 4 each.", valueName: "shape"))
    var shape = "2-2-1"

    @Option(help: ArgumentHelp("The hidden layers' activation: sigmoid, tanh, relu, leaky_relu or linear.",
                               valueName: "name"))
    var activation = "sigmoid"

    @Option(help: ArgumentHelp("The loss: half_squared_error, mse, binary_cross_entropy or cross_entropy "
                               + "(a softmax output of 2 or more).", valueName: "name"))
    var loss = "half_squared_error"

    @Option(help: "The seed the numbers are drawn from (default: a new one each time).")
    var seed: UInt64?

    @Flag(name: .customLong("print-lesson"), help: "Write the exercise as a lesson file to standard output.")
    var printLesson = false

    @Flag(help: "Draw with ASCII characters and notation only (the default when the locale is not UTF-8).")
    var ascii = false

    @Option(help: "Colour: auto (on a colour terminal unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @OptionGroup var display: DisplayOptions

    /// The spec the options describe, or a usage error naming the option.
    func spec() throws -> PracticeSpec {
        guard let sizes = PracticeSpec.shape(shape) else {
            throw ValidationError("--shape \(shape): write the layer sizes joined by -, inputs first: 2-2-1")
        }
        guard let activation = Activation(rawValue: activation) else {
            throw ValidationError("--activation \(activation): choose sigmoid, tanh, relu, leaky_relu or linear")
        }
        guard let loss = LossFunction(rawValue: loss) else {
            throw ValidationError("--loss \(loss): choose "
                                  + LossFunction.allCases.map(\.name).joined(separator: ", "))
        }
        var system = SystemRandomNumberGenerator()
        do {
            return try PracticeSpec(shape: sizes, activation: activation, loss: loss,
                                    seed: seed ?? system.next() % 1_000_000)
        } catch {
            throw ValidationError(error.message)
        }
    }

    func run() throws {
        let spec = try spec()
        let exercise: (text: String, lesson: Lesson)
        do {
            exercise = try PracticeGenerator.exercise(spec)
        } catch {
            StandardError.write("error: \(error.message)\n")
            throw ExitCode.failure
        }
        if printLesson {
            print(exercise.text, terminator: "")
            return
        }
        let (entries, libraryWarnings) = TutorSetup.library(extraFolders: [])
        let (progress, effects, progressWarnings) = TutorSetup.standardProgress()
        // Saved as one lesson per shape (the last exercise's place and score), and its score
        // added to the shape's practice record when finished.
        let launch = LessonLaunch(lesson: exercise.lesson, id: "practice-\(spec.shapeName)", asksQuizzes: true,
                                  restarts: true, next: nil, practiceShape: spec.shapeName)
        try TutorSetup.runInTerminal(ascii: ascii, color: color, theme: display.effectiveTheme,
                                     presenter: display.presenter, effects: effects) { size, context in
            TutorProgram(launch: launch, entries: entries, progress: progress, size: size, context: context,
                         warnings: libraryWarnings + progressWarnings,
                         workingDirectory: TutorSetup.workingDirectory)
        }
    }
}
