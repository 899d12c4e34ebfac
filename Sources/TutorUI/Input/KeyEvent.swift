/// One key press (or a terminal resize), as the interactive terminal and a `KeyScript` give it.
///
/// Keys that terminals send as control codes have one form only: Ctrl-H is `.backspace`,
/// Ctrl-I `.tab`, Ctrl-J and Ctrl-M `.enter`, Ctrl-[ `.escape` (see `init(controlCode:)`).
public enum KeyEvent: Hashable, Sendable {
    /// A printable character, space included.
    case character(Character)
    /// The up arrow.
    case up
    /// The down arrow.
    case down
    /// The left arrow.
    case left
    /// The right arrow.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Insert.
    case insert
    /// Delete (forward delete).
    case delete
    /// Enter or Return.
    case enter
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Escape.
    case escape
    /// Ctrl with a lowercase letter a–z other than h, i, j, m (those are `.backspace`,
    /// `.tab` and `.enter`): `.control("c")` is Ctrl-C, `.control("l")` is Ctrl-L.
    case control(Character)
    /// Function key F*n*, n from 1.
    case function(Int)
    /// A key the terminal sent as an escape sequence that its terminfo entry does not name
    /// (such as End under a TERM that does not match the terminal), by its bytes after Esc
    /// (`[4~`). No key does anything with it but say so; it never reads as Esc.
    case unknownSequence(String)
    /// The terminal changed size; the session knows the new size.
    case resize
    /// A beat of the playback clock, not a key: the terminal loop reports one when no key
    /// came within the playback delay, and a `KeyScript` writes one as `tick`, so a replay
    /// advances a playing stepper exactly where the script says.
    case tick

    /// The key a terminal sends as control code `code` (0x01–0x1B, 0x7F), or nil for codes
    /// that are no key of their own (NUL, 0x1C–0x1F).
    public init?(controlCode code: UInt32) {
        switch code {
        case 0x08, 0x7F: self = .backspace
        case 0x09: self = .tab
        case 0x0A, 0x0D: self = .enter
        case 0x1B: self = .escape
        case 0x01...0x1A: self = .control(Character(Unicode.Scalar(UInt8(0x60 + code))))
        default: return nil
        }
    }

    /// The name a `KeyScript` uses for this key: `l`, `space`, `right`, `ctrl-l`, `f5`, …
    public var scriptName: String {
        switch self {
        case .character(" "): "space"
        case .character(let character): String(character)
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .home: "home"
        case .end: "end"
        case .pageUp: "pageup"
        case .pageDown: "pagedown"
        case .insert: "insert"
        case .delete: "delete"
        case .enter: "enter"
        case .tab: "tab"
        case .backTab: "backtab"
        case .backspace: "backspace"
        case .escape: "esc"
        case .control(let letter): "ctrl-\(letter)"
        case .function(let number): "f\(number)"
        case .unknownSequence(let bytes): "esc \(bytes)"
        case .resize: "resize"
        case .tick: "tick"
        }
    }
}
