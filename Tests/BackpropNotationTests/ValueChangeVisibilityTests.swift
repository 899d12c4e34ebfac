import Testing
import BackpropCore
import BackpropNotation

/// An edit's change to a value shows only where the digits shown differ.
struct ValueChangeVisibilityTests {
    @Test func visibilityDependsOnTheDigitsShown() {
        let tiny = ValueChange(ref: .parameter(0), old: 0.15, new: 0.15 + 1e-12)
        #expect(!tiny.isVisible(in: NumberFormat(significantDigits: 6)))
        #expect(tiny.isVisible(in: NumberFormat(significantDigits: nil)))
        #expect(ValueChange(ref: .loss, old: nil, new: 1).isVisible(in: NumberFormat()))
    }
}
