//! The system clipboard's HTML, which egui does not carry (its clipboard is text only): read
//! when pasting into a field (links and emphasis kept), written when copying words with
//! formatting (with their plain text beside it). Through `arboard`, the crate egui-winit
//! itself uses.

/// The clipboard's HTML, if it holds some and the system clipboard can be reached.
pub fn html() -> Option<String> {
    let mut clipboard = arboard::Clipboard::new().ok()?;
    clipboard
        .get()
        .html()
        .ok()
        .filter(|html| !html.trim().is_empty())
}

/// Puts `html` on the clipboard with `plain` as its text form; false when the system clipboard
/// cannot be reached (headless, no display).
pub fn copy_html(html: &str, plain: &str) -> bool {
    arboard::Clipboard::new()
        .and_then(|mut clipboard| clipboard.set_html(html, Some(plain)))
        .is_ok()
}
