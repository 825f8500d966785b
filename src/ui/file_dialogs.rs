//! Native file dialogs (rfd) off the UI thread, with an in-app path prompt where no native
//! dialog exists (a Linux session without an XDG portal or zenity, such as a bare X server).

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use crate::session::{DialogOutcome, DialogPurpose};
use crate::strings::{Msg, tr};

/// A dialog that answers faster than this did not really appear (rfd reports a missing portal
/// as a cancel): no one picks a file in 150 ms.
const TOO_FAST_TO_BE_REAL: Duration = Duration::from_millis(150);

/// Runs native dialogs on a worker thread and hands back their outcome.
pub struct FileDialogs {
    native: bool,
    sender: Sender<DialogOutcome>,
    receiver: Receiver<DialogOutcome>,
    busy: bool,
}

impl FileDialogs {
    /// `native: false` always uses the in-app prompt (tests, or where the probe says so).
    pub fn new(native: bool) -> Self {
        let (sender, receiver) = channel();
        Self {
            native: native && native_dialogs_available(),
            sender,
            receiver,
            busy: false,
        }
    }

    /// Shows a dialog. The outcome arrives through [`Self::poll`]; with no native dialog it
    /// is `Unavailable` at once.
    pub fn request(
        &mut self,
        purpose: DialogPurpose,
        start_in: Option<PathBuf>,
        file_name: String,
        ctx: &egui::Context,
    ) {
        if !self.native || purpose == DialogPurpose::ImportUrl {
            // Sending cannot fail: we hold the receiver.
            let _ = self.sender.send(DialogOutcome::Unavailable(purpose));
            return;
        }
        if self.busy {
            return;
        }
        self.busy = true;
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new().set_file_name(file_name);
            dialog = match purpose {
                DialogPurpose::Export => {
                    dialog.add_filter(tr(Msg::ExportFiles), &["html", "md", "txt"])
                }
                DialogPurpose::Open | DialogPurpose::SaveAs => {
                    dialog.add_filter(tr(Msg::IssueFiles), &["ron"])
                }
                DialogPurpose::ImportFeed => {
                    dialog.add_filter(tr(Msg::FeedFiles), &["xml", "rss", "atom"])
                }
                DialogPurpose::Library | DialogPurpose::ImportUrl => dialog,
            };
            if let Some(folder) = start_in {
                dialog = dialog.set_directory(folder);
            }
            let started = Instant::now();
            let chosen = match purpose {
                DialogPurpose::Open | DialogPurpose::ImportFeed => dialog.pick_file(),
                DialogPurpose::SaveAs | DialogPurpose::Export => dialog.save_file(),
                DialogPurpose::Library => dialog.pick_folder(),
                DialogPurpose::ImportUrl => None,
            };
            let outcome = match chosen {
                Some(path) => DialogOutcome::Chosen(purpose, path),
                None if started.elapsed() < TOO_FAST_TO_BE_REAL => {
                    DialogOutcome::Unavailable(purpose)
                }
                None => DialogOutcome::Cancelled(purpose),
            };
            let _ = sender.send(outcome);
            ctx.request_repaint();
        });
    }

    /// The outcome of the last dialog, once it has one.
    pub fn poll(&mut self) -> Option<DialogOutcome> {
        let outcome = self.receiver.try_recv().ok()?;
        self.busy = false;
        Some(outcome)
    }
}

/// Whether this session can show a native dialog at all.
fn native_dialogs_available() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    // rfd asks the XDG desktop portal over the session bus, then falls back to zenity.
    let has_session_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
    let has_zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()));
    has_session_bus || has_zenity
}
