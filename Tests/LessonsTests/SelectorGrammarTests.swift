import Testing
import Lessons

/// The one grammar both selectors are read by: a value inside a step selector reads as the
/// same value alone, with the same messages, each quoting the whole text it was given.
struct SelectorGrammarTests {
    /// The message reading a selector gives, or nil when it reads.
    func message(_ read: () throws(SelectorError) -> Any) -> String? {
        do throws(SelectorError) {
            _ = try read()
            return nil
        } catch {
            return error.message
        }
    }

    /// The message a step selector's text gets, or nil when it reads.
    func stepError(_ text: String) -> String? { message { () throws(SelectorError) in try StepSelector(parsing: text) } }

    /// The message a value selector's text gets, or nil when it reads.
    func valueError(_ text: String) -> String? { message { () throws(SelectorError) in try ValueSelector(parsing: text) } }

    /// The values a value selector allows, as its messages list them.
    let allowedValues = "z, a, y, dl_da, dl_dy, dl_dz (then a neuron), dl_dw, dl_db, grad, new (then a parameter), "
        + "loss, total loss"

    @Test func aValueInsideAStepSelectorReadsAsTheValueAlone() throws {
        for text in ["z h1", "a h2", "y o1", "dl_da h1", "dl_dy o2", "dl_dz h1", "dl_dw w5", "dl_db b2", "grad w5", "new w5"] {
            let value = try ValueSelector(parsing: text)
            #expect(try StepSelector(parsing: "iteration 2 " + text) == StepSelector(iteration: 2, target: .value(value)))
            #expect(value.description == text)
        }
        #expect(try StepSelector(parsing: "sample 1\tdl_dz\th1")
            == StepSelector(sample: 1, target: .value(ValueSelector(kind: .dldz, name: "h1"))))
    }

    @Test func theValueRulesMessagesQuoteTheWholeStepSelector() {
        #expect(stepError("iteration 2 z h1 h2") == "\"iteration 2 z h1 h2\": unexpected \"h2\" after \"z h1\"")
        #expect(valueError("z h1 h2") == "\"z h1 h2\": unexpected \"h2\" after \"z h1\"")
        #expect(stepError("sample 1 new") == "\"sample 1 new\": expected a parameter after new")
        #expect(valueError("new") == "\"new\": expected a parameter after new")
        #expect(stepError("sample 2 new w5") == "\"sample 2 new w5\": sample only goes with forward, loss, "
                + "backward and the values of a neuron (the other steps belong to the whole update)")
        #expect(stepError("sample 2 dl_dz h1") == nil)
    }

    @Test func lossAndTotalLossAreStepsInOneRuleAndValuesInTheOther() throws {
        #expect(try StepSelector(parsing: "loss").target == .loss)
        #expect(try StepSelector(parsing: "total loss").target == .totalLoss)
        #expect(try ValueSelector(parsing: "loss") == ValueSelector(kind: .loss, name: nil))
        #expect(try ValueSelector(parsing: "total loss") == ValueSelector(kind: .totalLoss, name: nil))
        #expect(stepError("total loss o1") == "\"total loss o1\": unexpected \"o1\" after \"total loss\"")
        #expect(valueError("total loss o1") == "\"total loss o1\": unexpected \"o1\" after \"total loss\"")
        #expect(stepError("total h1") == "\"total h1\": expected \"total loss\"")
        #expect(valueError("total") == "\"total\": unknown value \"total\"; allowed: " + allowedValues)
        #expect(valueError("total h1") == "\"total h1\": unknown value \"total\"; allowed: " + allowedValues)
        #expect(valueError("forward h1") == "\"forward h1\": unknown value \"forward\"; allowed: " + allowedValues)
        #expect(stepError("start end") == "\"start end\": unexpected \"end\" after \"start\"")
        #expect(stepError("backward") == nil && stepError("update w1 w2") == "\"update w1 w2\": unexpected \"w2\" after \"update w1\"")
    }

    @Test func blankTextIsEmptyForBothSelectors() {
        #expect(stepError(" \t\n") == "the step selector is empty; write a step such as \"forward h1\" or \"loss\"")
        #expect(valueError("  \r") == "the value selector is empty; write a value such as \"dl_dz h1\" or \"new w5\"")
    }

    @Test func eachCountIsGivenOnceAndWithItsNumber() {
        #expect(stepError("sample 1 sample 2 loss") == "\"sample 1 sample 2 loss\": sample is given twice")
        #expect(stepError("iteration 1 sample") == "\"iteration 1 sample\": expected a number after sample")
        #expect(stepError("sample 1 iteration 0 loss") == "\"sample 1 iteration 0 loss\": iteration numbers start at 1, found 0")
    }
}
