import Foundation
import ArgumentParser
import TutorUI

/// `--theme` and `--presenter`: how `open` and `replay` draw the stepper.
struct DisplayOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Colours: dark (the default; dark backgrounds), light (light backgrounds), "
                               + "mono (no colour, attributes only; any background) or okabe-ito "
                               + "(colour-blind-safe; dark backgrounds). Without it, light when the terminal "
                               + "says its background is light (its reply to OSC 11, else COLORFGBG).", valueName: "theme"))
    var theme: ThemeName?

    @Flag(help: ArgumentHelp("Presenter mode, for a projector: high contrast, the formula large and centred, "
                             + "4 significant digits, more space between lines. Meant for 100x30; works from 80x24."))
    var presenter = false

    /// The theme to draw with: the high-contrast form of `theme` in presenter mode.
    var effectiveTheme: Theme { effectiveTheme(backgroundReply: nil) }

    /// The theme to draw with on a terminal that gave `backgroundReply` to the OSC 11 query
    /// (``BackgroundQuery``): `--theme` when given, else light or dark by the reply, else by
    /// `COLORFGBG`; the high-contrast form in presenter mode.
    func effectiveTheme(backgroundReply: String?) -> Theme {
        let name = theme ?? ThemeName.forTerminal(environment: ProcessInfo.processInfo.environment,
                                                  backgroundReply: backgroundReply)
        return presenter ? name.presenterTheme : name.theme
    }

    /// The render context for `glyphs`: presenter mode or the usual.
    func context(glyphs: GlyphSet) -> RenderContext {
        presenter ? .presenter(glyphs: glyphs) : RenderContext(glyphs: glyphs)
    }
}

extension ThemeName: ExpressibleByArgument {}
