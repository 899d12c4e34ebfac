import Testing
import TestSupport
@testable import BackpropCore
@testable import Lessons

/// Step selectors: the words they accept, the steps they name, and the messages when they name none.
///
/// The worked example's update has 33 steps, in this order (see `TimelineTests`):
/// 0 z h1, 1 a h1, 2 z h2, 3 a h2, 4 z o1, 5 y o1, 6 z o2, 7 y o2, 8 loss,
/// 9 ∂l/∂y o1, 10 ∂l/∂z o1, 11 ∂l/∂y o2, 12 ∂l/∂z o2, 13 ∂l/∂a h1, 14 ∂l/∂z h1,
/// 15 ∂l/∂a h2, 16 ∂l/∂z h2, 17…24 ∂l/∂w1…w8, 25…32 updates of w1…w8 (biases are fixed).
struct StepSelectorTests {
    let locator = StepLocator(network: WorkedExampleNetwork.network, options: WorkedExampleNetwork.options,
                              samples: WorkedExampleNetwork.samples, iterations: 3)

    func indices(_ text: String) throws -> [Int] { try locator.locate(text).indices }

    func message(_ text: String) -> String? {
        do {
            _ = try locator.locate(text)
            return nil
        } catch {
            return error.message
        }
    }

    // MARK: - Parsing

    @Test(arguments: ["start", "end", "loss", "total loss", "forward", "forward h1", "backward o2", "gradient w5",
                      "update w5", "iteration 2 forward h1", "y o1", "iteration 2 sample 1 dl_dz h2", "new w5", "sample 3 loss", "iteration 12 sample 2 backward h1"])
    func canonicalSelectorsReadBackAsWritten(_ text: String) throws {
        #expect(try StepSelector(parsing: text).description == text)
    }

    @Test func looseSpellingsAreNormalised() throws {
        #expect(try StepSelector(parsing: "  sample 2\titeration 3   forward  h1 ").description == "iteration 3 sample 2 forward h1")
        #expect(try StepSelector(parsing: "gradients").target == .gradient(nil))
        #expect(try StepSelector(parsing: "updates").target == .update(nil))
        #expect(try StepSelector(parsing: "iteration 4 end") == StepSelector(iteration: 4, target: .end))
    }

    @Test func parseErrorsQuoteTheSelectorAndSayWhatIsWrong() {
        func error(_ text: String) -> String? {
            do {
                _ = try StepSelector(parsing: text)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(error("") == "the step selector is empty; write a step such as \"forward h1\" or \"loss\"")
        #expect(error("forwrd h1") == "\"forwrd h1\": unknown step \"forwrd\"; a selector is [iteration N] [sample N] "
                + "then one of: start, end, loss, total loss, forward [NEURON], backward [NEURON], "
                + "gradient [PARAMETER], update [PARAMETER], or a value such as z h1 or dl_dz h1")
        #expect(error("iteration") == "\"iteration\": expected a number after iteration")
        #expect(error("iteration two loss") == "\"iteration two loss\": expected a number after iteration, found \"two\"")
        #expect(error("iteration -1 loss") == "\"iteration -1 loss\": expected a number after iteration, found \"-1\"")
        #expect(error("sample 0 loss") == "\"sample 0 loss\": sample numbers start at 1, found 0")
        #expect(error("iteration 2") == "\"iteration 2\": expected a step after the numbers: start, end, loss, "
                + "total loss, forward [NEURON], backward [NEURON], gradient [PARAMETER], update [PARAMETER], "
                + "or a value such as z h1 or dl_dz h1")
        #expect(error("iteration 1 iteration 2 loss") == "\"iteration 1 iteration 2 loss\": iteration is given twice")
        #expect(error("forward h1 h2") == "\"forward h1 h2\": unexpected \"h2\" after \"forward h1\"")
        #expect(error("loss o1") == "\"loss o1\": unexpected \"o1\" after \"loss\"")
        #expect(error("total") == "\"total\": expected \"total loss\"")
        #expect(error("sample 2 update w5") == "\"sample 2 update w5\": sample only goes with forward, loss, "
                + "backward and the values of a neuron (the other steps belong to the whole update)")
        #expect(error("sample 2 new w5") != nil)
        #expect(error("dl_dz") == "\"dl_dz\": expected a neuron after dl_dz")
        #expect(error("sample 1 end") != nil)
    }

    // MARK: - Resolving

    @Test func selectorsNameTheStepsOfTheirNeuronOrParameter() throws {
        #expect(try indices("start") == [0])
        #expect(try indices("forward h1") == [0, 1])
        #expect(try indices("forward o2") == [6, 7])
        #expect(try indices("loss") == [8])
        #expect(try indices("backward o2") == [11, 12])
        #expect(try indices("backward h1") == [13, 14])
        #expect(try indices("gradient w5") == [21])
        #expect(try indices("update w5") == [29])
        #expect(try indices("forward") == Array(0...7))
        #expect(try indices("backward") == Array(9...16))
        #expect(try indices("gradient") == Array(17...24))
        #expect(try indices("update") == Array(25...32))
    }

    @Test func aValueNamesTheOneStepThatComputesIt() throws {
        #expect(try indices("z h1") == [0])
        #expect(try indices("a h1") == [1])
        #expect(try indices("y o1") == [5])
        #expect(try indices("dl_dy o2") == [11])
        #expect(try indices("dl_dz h1") == [14])
        #expect(try indices("grad w5") == [21])
        #expect(try indices("dl_dw w5") == [21])
        #expect(try indices("iteration 2 new w5") == [33 + 29])
        #expect(message("z h9") == "\"z h9\" names no step: the network has neurons h1, h2, o1, o2")
        #expect(message("y h1") == "\"y h1\" names no step: h1 is a hidden neuron; write \"a h1\" (y is for output "
                + "neurons: o1, o2)")
        #expect(message("new b1") == "\"new b1\" names no step: the biases are not updated in this lesson "
                + "(update_biases = false), so only w1 … w8 have gradient and update steps")
    }

    @Test func iterationsShiftByOneUpdatesStepsAndEndIsTheLastStep() throws {
        #expect(try indices("iteration 2 forward h1") == [33, 34])
        #expect(try indices("iteration 3 update w8") == [98])
        #expect(try indices("end") == [98], "end is the last step of the last iteration")
        #expect(try indices("iteration 1 end") == [32])
        #expect(try indices("iteration 2 start") == [33])
        let selection = try locator.locate("iteration 2 backward h2")
        #expect(selection.iteration == 2 && selection.sample == 0)
        #expect(selection.first == 33 + 15 && selection.range == 48...49)
    }

    @Test func stepsAgreeWithTheTimeline() throws {
        let timeline = Timeline(network: WorkedExampleNetwork.network, options: WorkedExampleNetwork.options,
                                samples: WorkedExampleNetwork.samples, iterations: 3)
        let step = timeline.step(try indices("iteration 2 backward h1")[1])
        #expect(step.iteration == 2 && step.kind == .sumGradient && step.neuron == 0)
        #expect(timeline.step(try indices("iteration 3 gradient w5")[0]).produces == .gradient(4))
    }

    @Test func selectorsThatNameNoStepSayWhy() {
        #expect(message("forward h9") == "\"forward h9\" names no step: the network has neurons h1, h2, o1, o2")
        #expect(message("backward x1") == "\"backward x1\" names no step: the network has neurons h1, h2, o1, o2")
        #expect(message("gradient w9") == "\"gradient w9\" names no step: the network has parameters w1 … w8, b1 … b4")
        #expect(message("update b1") == "\"update b1\" names no step: the biases are not updated in this lesson "
                + "(update_biases = false), so only w1 … w8 have gradient and update steps")
        #expect(message("iteration 4 loss") == "\"iteration 4 loss\" names no step: there are only 3 iterations")
        #expect(message("sample 2 loss") == "\"sample 2 loss\" names no step: there is only 1 sample")
        #expect(message("total loss") == "\"total loss\" names no step: only a full batch (batch = \"full\") has "
                + "a total loss L; write \"loss\" for l")
    }

    // MARK: - Batches

    static let xorSamples = [Sample(inputs: [0, 0], targets: [0]), Sample(inputs: [0, 1], targets: [1]),
                             Sample(inputs: [1, 0], targets: [1]), Sample(inputs: [1, 1], targets: [0])]
    static let xorNetwork = Network(architecture: Architecture(inputNames: ["x1", "x2"], layers: [
        LayerShape(name: "h", size: 2, activation: .tanh), LayerShape(name: "o", size: 1, activation: .sigmoid)]),
        parameters: [0.1, -0.2, 0.3, 0.4, 0.5, -0.6, 0.1, 0.2, 0.3])

    @Test func aFullBatchHasEverySamplesPassThenTheTotalLoss() throws {
        // Per sample: 3 neurons × (z, a) + l + 3 × (∂l/∂a, ∂l/∂z) = 13 steps; then L, 9 gradients, 9 updates.
        let options = TrainingOptions(loss: .halfSquaredError, learningRate: 0.5, batch: .full)
        let locator = StepLocator(network: Self.xorNetwork, options: options, samples: Self.xorSamples, iterations: 2)
        #expect(locator.stepsPerIteration == 4 * 13 + 1 + 9 + 9)
        #expect(try locator.locate("forward h1").indices == [0, 1])
        #expect(try locator.locate("sample 2 forward h1").indices == [13, 14])
        #expect(try locator.locate("sample 4 loss").indices == [3 * 13 + 6])
        #expect(try locator.locate("total loss").indices == [52])
        #expect(try locator.locate("iteration 2 sample 3 backward o1").indices == [71 + 26 + 7, 71 + 26 + 8])
        let gradient = try locator.locate("gradient w1")
        #expect(gradient.indices == [53] && gradient.sample == nil)
        #expect(try locator.locate("sample 3 forward h2").sample == 2)
        #expect(try locator.locate("sample 2 a h2").indices == [13 + 3])
        #expect(try locator.locate("grad w1").indices == [53])
    }

    @Test func oneSamplePerUpdateTakesTheSamplesInTurn() throws {
        let options = TrainingOptions(loss: .halfSquaredError, learningRate: 0.5)
        let locator = StepLocator(network: Self.xorNetwork, options: options, samples: Self.xorSamples, iterations: 6)
        let perIteration = locator.stepsPerIteration
        #expect(perIteration == 13 + 18)
        // Update k uses sample ((k − 1) mod 4) + 1: sample 3 alone is update 3, and update 6 uses sample 2.
        #expect(try locator.locate("sample 3 forward h1").indices == [2 * perIteration, 2 * perIteration + 1])
        #expect(try locator.locate("iteration 6 sample 2 loss").indices == [5 * perIteration + 6])
        #expect(try locator.locate("iteration 6 loss").sample == 1)
        #expect(throws: SelectorError("\"iteration 2 sample 3 loss\" names no step: iteration 2 uses sample 2 "
                                      + "(with batch = \"sample\" update k uses sample ((k − 1) mod 4) + 1)")) {
            try locator.locate("iteration 2 sample 3 loss")
        }
        let short = StepLocator(network: Self.xorNetwork, options: options, samples: Self.xorSamples, iterations: 2)
        #expect(throws: SelectorError("\"sample 3 loss\" names no step: sample 3 is first used by iteration 3, "
                                      + "but there are only 2 iterations")) {
            try short.locate("sample 3 loss")
        }
    }

    @Test func softmaxBackwardStepsAreInterleaved() throws {
        // With softmax every ∂l/∂y comes first: o1's ∂l/∂y, o2's ∂l/∂y, then o1's ∂l/∂z, o2's ∂l/∂z.
        let network = Network(architecture: Architecture(inputNames: ["x1"], layers: [
            LayerShape(name: "o", size: 2, activation: .softmax)]), parameters: [1, -1, 0, 0])
        let options = TrainingOptions(loss: .crossEntropy, learningRate: 0.1)
        let locator = StepLocator(network: network, options: options,
                                  samples: [Sample(inputs: [1], targets: [1, 0])], iterations: 1)
        let selection = try locator.locate("backward o1")
        #expect(selection.indices == [5, 7])
        #expect(selection.range == 5...7)
        #expect(try locator.step(producing: .dldz(0), within: selection) == 7)
    }

    // MARK: - Values

    @Test func valueSelectorsNameTheCoresValues() throws {
        let architecture = WorkedExampleNetwork.network.architecture
        func ref(_ text: String) throws -> ValueRef { try ValueSelector(parsing: text).valueRef(in: architecture) }
        #expect(try ref("z h1") == .z(0))
        #expect(try ref("a h2") == .a(1))
        #expect(try ref("y o1") == .a(2))
        #expect(try ref("a o1") == .a(2))
        #expect(try ref("dl_da h1") == .dlda(0))
        #expect(try ref("dl_dy o2") == .dlda(3))
        #expect(try ref("dl_dz h1") == .dldz(0))
        #expect(try ref("dl_dw w5") == .gradient(4))
        #expect(try ref("grad w5") == .gradient(4))
        #expect(try ref("dl_db b2") == .gradient(9))
        #expect(try ref("new w5") == .updated(4))
        #expect(try ref("loss") == .loss)
        #expect(try ref("total loss") == .totalLoss)
        for text in ["z h1", "y o1", "dl_da h2", "dl_dy o1", "dl_dz o2", "dl_dw w3", "dl_db b1", "new b4", "loss"] {
            let selector = try ValueSelector(parsing: text)
            #expect(selector.description == text)
            #expect(ValueSelector.naming(try selector.valueRef(in: architecture), in: architecture) == selector)
        }
    }

    @Test func valueSelectorErrorsSayWhatIsAllowed() {
        let architecture = WorkedExampleNetwork.network.architecture
        func error(_ text: String) -> String? {
            do {
                _ = try ValueSelector(parsing: text).valueRef(in: architecture)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(error("") == "the value selector is empty; write a value such as \"dl_dz h1\" or \"new w5\"")
        #expect(error("q h1") == "\"q h1\": unknown value \"q\"; allowed: z, a, y, dl_da, dl_dy, dl_dz (then a neuron), "
                + "dl_dw, dl_db, grad, new (then a parameter), loss, total loss")
        #expect(error("z") == "\"z\": expected a neuron after z")
        #expect(error("new") == "\"new\": expected a parameter after new")
        #expect(error("z h1 h2") == "\"z h1 h2\": unexpected \"h2\" after \"z h1\"")
        #expect(error("loss h1") == "\"loss h1\": unexpected \"h1\" after \"loss\"")
        #expect(error("z h9") == "\"z h9\" names no value: the network has neurons h1, h2, o1, o2")
        #expect(error("y h1") == "\"y h1\" names no value: h1 is a hidden neuron; write \"a h1\" (y is for output "
                + "neurons: o1, o2)")
        #expect(error("dl_dy h2") == "\"dl_dy h2\" names no value: h2 is a hidden neuron; write \"dl_da h2\" "
                + "(dl_dy is for output neurons: o1, o2)")
        #expect(error("dl_dw b1") == "\"dl_dw b1\" names no value: b1 is a bias; write \"dl_db b1\" or \"grad b1\"")
        #expect(error("dl_db w1") == "\"dl_db w1\" names no value: w1 is a weight; write \"dl_dw w1\" or \"grad w1\"")
        #expect(error("grad w0") == "\"grad w0\" names no value: the network has parameters w1 … w8, b1 … b4")
    }

    @Test func aValueIsFoundWithinItsSelectionOrTheMessageSaysWhatTheSelectionComputes() throws {
        let backward = try locator.locate("iteration 2 backward h1")
        #expect(try locator.step(producing: .dldz(0), within: backward) == 33 + 14)
        #expect(try locator.step(producing: .a(0), within: locator.locate("forward h1")) == 1)
        #expect(throws: SelectorError("\"dl_dz h1\" is not computed at \"forward h1\": \"forward h1\" computes z h1, a h1")) {
            try locator.step(producing: .dldz(0), within: locator.locate("forward h1"))
        }
        #expect(throws: SelectorError("\"dl_db b1\" is not computed at \"gradient\": no step of this lesson computes "
                                      + "it (the biases are not updated, so they have no gradient step)")) {
            try locator.step(producing: .gradient(8), within: locator.locate("gradient"))
        }
        #expect(locator.valueName(ofStep: 33 + 5) == "y o1")
    }
}
