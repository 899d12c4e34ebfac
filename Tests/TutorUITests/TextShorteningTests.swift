import Testing
@testable import TutorUI

/// Titles, headings and labels shortened to their room by one rule: whole words, then an
/// ellipsis, never cut inside a word (unless the first word alone is too wide).
struct TextShorteningTests {
    @Test func textThatFitsIsLeftAlone() {
        #expect(TextShortening.shortened("A circle inside a square", to: 24, ellipsis: "…") == "A circle inside a square")
    }

    @Test func dropsWholeWordsThenAddsTheEllipsis() {
        // 15 columns: "A circle insid…" was the old, mid-word cut.
        #expect(TextShortening.shortened("A circle inside a square", to: 16, ellipsis: "…") == "A circle inside…")
        #expect(TextShortening.shortened("A circle inside a square", to: 15, ellipsis: "…") == "A circle…")
        #expect(TextShortening.shortened("A circle inside a square", to: 14, ellipsis: "…") == "A circle…")
        #expect(TextShortening.shortened("A circle inside a square", to: 14, ellipsis: "...") == "A circle...")
    }

    @Test func separatorsAndBracketsDoNotDangleBeforeTheEllipsis() {
        let title = "Decision boundary · output of o1 over (x₁, x₂)"
        #expect(TextShortening.shortened(title, to: 42, ellipsis: "…") == "Decision boundary · output of o1 over…")
        #expect(TextShortening.shortened(title, to: 20, ellipsis: "…") == "Decision boundary…")
        #expect(TextShortening.shortened("z = 0.5 + 0.25", to: 12, ellipsis: "…") == "z = 0.5…")
    }

    @Test func theResultNeverExceedsTheRoom() {
        let title = "Mazur's 2-2-2 network: two inputs, two hidden neurons, two outputs"
        for width in 0...70 {
            let shown = TextShortening.shortened(title, to: width, ellipsis: "…")
            #expect(Screen.width(of: shown) <= width, "at \(width): \(shown)")
            if shown != title, width > 1, shown.contains(" ") {
                // Whatever is kept before the ellipsis is whole words of the title.
                let kept = String(shown.dropLast())
                #expect(title.hasPrefix(kept))
                let next = title[title.index(title.startIndex, offsetBy: kept.count)...].first
                #expect(next.map { TextShortening.danglingMarks.contains($0) } ?? true, "cut mid-word at \(width): \(shown)")
            }
        }
    }

    @Test func onlyAFirstWordTooWideIsCutInside() {
        #expect(TextShortening.shortened("Backpropagation explained", to: 8, ellipsis: "…") == "Backpro…")
        #expect(TextShortening.shortened("abc", to: 1, ellipsis: "…") == "a")
    }

    @Test func aParagraphDoesNotEndWithOneWordAlone() {
        // Greedy wrapping would leave "12." alone on the last line.
        #expect(TextWrapping.lines(of: "one forward and one backward, for all 12.", width: 37)
                == ["one forward and one backward, for", "all 12."])
        #expect(TextWrapping.lines(of: "the quick brown fox", width: 15) == ["the quick", "brown fox"])
    }
}

/// The light or dark theme from the terminal's reply to the OSC 11 background query.
struct BackgroundReplyTests {
    @Test(arguments: [
        ("\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\", ThemeName.light),   // white (xterm, 4 digits a channel)
        ("\u{1B}]11;rgb:fd/f6/e3\u{7}", .light),                      // Solarized light, BEL-terminated
        ("\u{1B}]11;rgb:0000/0000/0000\u{1B}\\", .dark),              // black
        ("\u{1B}]11;rgb:00/2b/36\u{7}", .dark),                       // Solarized dark
        ("\u{1B}]11;rgb:8/8/8\u{7}", .light),                         // mid grey: black text contrasts more
    ])
    func aReportedBackgroundPicksItsTheme(reply: String, expected: ThemeName) {
        #expect(ThemeName.forBackground(reply: reply) == expected)
    }

    @Test func noReplyOrAMalformedOneFallsBackToColorfgbg() {
        #expect(ThemeName.forBackground(reply: "\u{1B}[?64;1c") == nil)
        #expect(ThemeName.forBackground(reply: "\u{1B}]11;rgb:ffff/ffff\u{7}") == nil)
        #expect(ThemeName.forBackground(reply: "\u{1B}]11;rgb:fffff/0/0\u{7}") == nil)
        #expect(ThemeName.forTerminal(environment: ["COLORFGBG": "0;15"], backgroundReply: nil) == .light)
        #expect(ThemeName.forTerminal(environment: ["COLORFGBG": "0;15"], backgroundReply: "\u{1B}]11;rgb:0/0/0\u{7}") == .dark)
    }
}
