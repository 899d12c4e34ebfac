import CNcursesw
import TutorUI

/// Turns what `wget_wch` reports into a `KeyEvent`.
enum KeyCodeTranslation {
    /// The key for a character `wget_wch` returned with `OK`: control codes become named
    /// keys, everything else a `.character`. Nil for codes that are no key (NUL, 0x1C–0x1F)
    /// and for values that are not Unicode scalars.
    static func key(forCharacter code: UInt32) -> KeyEvent? {
        if code < 0x20 || code == 0x7F {
            return KeyEvent(controlCode: code)
        }
        guard let scalar = Unicode.Scalar(code) else { return nil }
        return .character(Character(scalar))
    }

    /// The key for a code `wget_wch` returned with `KEY_CODE_YES` (a `KEY_*` constant), or
    /// nil for keys the tutor does not use (keypad corners, mouse, shifted arrows, …).
    static func key(forKeyCode code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_IC: .insert
        case KEY_DC: .delete
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_BACKSPACE: .backspace
        case KEY_RESIZE: .resize
        case (KEY_F0 + 1)...(KEY_F0 + 63): .function(Int(code - KEY_F0))
        default: nil
        }
    }
}
