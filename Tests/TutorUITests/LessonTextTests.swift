import Testing
@testable import TutorUI

/// Wrapping styled text (notes, quizzes) to the panel's width, and lesson text in ASCII.
struct LessonTextTests {
    typealias Span = ExplanationPanelView.Span

    /// The lines' text, styles dropped.
    func texts(_ lines: [[Span]]) -> [String] { lines.map { $0.map(\.text).joined() } }

    @Test func wrapsAtSpacesWithinTheWidth() {
        let spans = [Span(text: "one two three four five six", style: .normal)]
        let lines = StyledWrapping.lines(of: spans, width: 10)
        #expect(texts(lines) == ["one two", "three four", "five six"])
        let widths = lines.map { Screen.width(of: $0.map(\.text).joined()) }
        #expect(widths.allSatisfy { $0 <= 10 })
    }

    @Test func stylesStayWithTheirCharactersAcrossBreaks() {
        let spans = [Span(text: "plain ", style: .normal), Span(text: "bold words here", style: .title),
                     Span(text: " tail", style: .normal)]
        let lines = StyledWrapping.lines(of: spans, width: 11)
        #expect(texts(lines) == ["plain bold", "words here", "tail"])
        #expect(lines[0] == [Span(text: "plain ", style: .normal), Span(text: "bold", style: .title)])
        #expect(lines[1] == [Span(text: "words here", style: .title)])
        #expect(lines[2] == [Span(text: "tail", style: .normal)])
    }

    @Test func continuationLinesTakeTheHangingIndent() {
        let lines = StyledWrapping.lines(of: [Span(text: " 1  alpha beta gamma", style: .normal)], width: 12,
                                         hangingIndent: 4)
        #expect(texts(lines) == [" 1  alpha", "    beta", "    gamma"])
    }

    @Test func spacesBetweenWordsAreKeptAndDroppedAtBreaks() {
        let lines = StyledWrapping.lines(of: [Span(text: "a_   Enter checks", style: .normal)], width: 40)
        #expect(texts(lines) == ["a_   Enter checks"])
        let broken = StyledWrapping.lines(of: [Span(text: "abc   def", style: .normal)], width: 4)
        #expect(texts(broken) == ["abc", "def"])
    }

    @Test func newlinesStartLinesAndAWordWiderThanALineIsCut() {
        let lines = StyledWrapping.lines(of: [Span(text: "ab\n\nabcdefghij", style: .normal)], width: 4)
        #expect(texts(lines) == ["ab", "", "abcd", "efgh", "ij"])
        #expect(StyledWrapping.lines(of: [Span(text: "x", style: .normal)], width: 0).isEmpty)
    }

    @Test func widthsAreScreenColumnsNotCharacters() {
        // A combining mark takes no column: "é" written as e + U+0301 is one column wide.
        let lines = StyledWrapping.lines(of: [Span(text: "e\u{301}e\u{301}e\u{301} abc", style: .normal)], width: 7)
        #expect(texts(lines) == ["e\u{301}e\u{301}e\u{301} abc"])
    }

    @Test func asciiSpellsTheNotationsSymbols() {
        #expect(ASCIIText.transliterate("∂l/∂w₁ = x₁·(y − t)") == "dl/dw1 = x1*(y - t)")
        #expect(ASCIIText.transliterate("θ₁ = θ₀ − η∇L(θ₀)") == "theta1 = theta0 - etagradL(theta0)")
        #expect(ASCIIText.transliterate("10⁻⁴ and σ'(z) ≤ 0.25, wᵢₖ") == "10^-4 and sigma'(z) <= 0.25, w_ik")
        #expect(ASCIIText.transliterate("“½ ≈ 0.5” → ok") == "\"1/2 ~ 0.5\" -> ok")
        #expect(ASCIIText.transliterate("plain") == "plain")
        #expect(ASCIIText.transliterate("snow ☃") == "snow ?")
    }

    @Test func narrationWritesSubscriptedSymbolsAsTheFormulasDo() {
        #expect(NarrationSubscripts.applied(to: "z_h1 = 0.3775, a_h1(1 − a_h1), ∂l/∂z_o2, w_5, net_h1.")
                == "zₕ₁ = 0.3775, aₕ₁(1 − aₕ₁), ∂l/∂zₒ₂, w₅, netₕ₁.")
        // What is no symbol with a neuron-like subscript, or has no Unicode subscript, stays.
        for kept in ["half_squared_error", "dl_dz h1", "my_lesson2.toml", "z_b1", "abcd_h1", "x_1_2", "z_h", "a_h1x",
                     "x_1234", "9_h1", "z_H1"] {
            #expect(NarrationSubscripts.applied(to: kept) == kept)
        }
    }

    @Test func narrationSubscriptsLeaveCodeAloneAndReadBackInASCII() {
        let unicode = LessonAdditions.spans(markup: "`z_h1` is z_h1", context: .unicode).map(\.text)
        #expect(unicode == ["z_h1", " is zₕ₁"])
        let ascii = LessonAdditions.spans(markup: "`z_h1` is z_h1", context: .ascii).map(\.text)
        #expect(ascii == ["z_h1", " is z_h1"])
    }
}
