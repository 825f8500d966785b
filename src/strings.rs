//! The catalog of interface strings. Every word the interface shows comes from here, so a
//! translated (and mirrored) interface needs changes in this file only.

/// A message of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    /// Product name.
    AppName,
    /// "File" menu.
    MenuFile,
    /// "Edit" menu.
    MenuEdit,
    /// Action: new issue.
    New,
    /// Action: open an issue.
    Open,
    /// Action: save.
    Save,
    /// Action: save under another name.
    SaveAs,
    /// Action: undo.
    Undo,
    /// Action: redo.
    Redo,
    /// Action: quit.
    Quit,
    /// Outline heading for the issue itself.
    IssueDetails,
    /// Label: issue number.
    Number,
    /// Label: title.
    Title,
    /// Label: date.
    Date,
    /// Label: status.
    Status,
    /// Label: introduction.
    Introduction,
    /// Status value.
    Draft,
    /// Status value.
    Ready,
    /// Status value.
    Published,
    /// Label: headline.
    Headline,
    /// Label: source.
    Source,
    /// Label: URL.
    Url,
    /// Label: author.
    Author,
    /// Label: publication date.
    PublishedOn,
    /// Label: tags.
    Tags,
    /// Label: excerpt.
    Excerpt,
    /// Label: commentary.
    Commentary,
    /// Button: add a section.
    AddSection,
    /// Button: add a pick.
    AddPick,
    /// Button: remove the pick.
    RemovePick,
    /// Button: remove the section.
    RemoveSection,
    /// Placeholder for an untitled section.
    UntitledSection,
    /// Placeholder for a pick with no headline.
    UntitledPick,
    /// Title of the unsaved-changes dialog.
    UnsavedTitle,
    /// Body of the unsaved-changes dialog.
    UnsavedBody,
    /// Button: discard changes.
    Discard,
    /// Button: cancel.
    Cancel,
    /// Button: confirm a path.
    Confirm,
    /// Title of the path prompt when opening.
    PromptOpenTitle,
    /// Title of the path prompt when saving.
    PromptSaveTitle,
    /// Body of the path prompt.
    PromptBody,
    /// Status: saved.
    Saved,
    /// Status: unsaved changes.
    Unsaved,
    /// Status: opened read-only because the file is from a newer version.
    ReadOnlyNewer,
    /// Status: the sample issue is open (it is saved elsewhere).
    SampleNotice,
    /// Error prefix for a failed open.
    OpenFailed,
    /// Error prefix for a failed save.
    SaveFailed,
    /// Button: dismiss a message.
    Dismiss,
    /// Hint under a date field.
    DateHint,
    /// Under a date field holding something that is not a date.
    InvalidDate,
    /// Hint for tags.
    TagsHint,
    /// Label for a file that has not been saved yet.
    NotSavedYet,
    /// Filter name in file dialogs.
    IssueFiles,
    /// Message when a file cannot be found at the given path.
    NoSuchFile,
    /// Label: a section's title.
    SectionTitle,
    /// Where the sample issue comes from.
    SampleOrigin,
    /// Label of the paragraph direction control.
    ParagraphDirection,
    /// Direction: automatic.
    DirectionAuto,
    /// Direction: right to left.
    DirectionRtl,
    /// Direction: left to right.
    DirectionLtr,
    /// "View" menu.
    MenuView,
    /// Action: show formatting marks.
    ShowMarks,
    /// Button: insert a right-to-left mark.
    InsertRlm,
    /// Button: insert a left-to-right mark.
    InsertLrm,
    /// Button: isolate the Latin run at the caret.
    IsolateLatin,
    /// Tooltip of the isolate button.
    IsolateLatinHint,
    /// Outline row: the preview.
    Preview,
    /// Action: export.
    Export,
    /// Action: copy the HTML email.
    CopyHtml,
    /// Filter name in the export dialog.
    ExportFiles,
    /// Title of the path prompt when exporting.
    PromptExportTitle,
    /// Status: exported.
    Exported,
    /// Status: HTML copied.
    HtmlCopied,
    /// Error prefix for a failed export.
    ExportFailed,
    /// Warning after an export: these sections have no stories.
    EmptySectionsExported,
    /// Error prefix for an export path refused (an issue file, a wrong extension).
    ExportRefused,
    /// Title of the "replace the existing export?" dialog.
    ReplaceTitle,
    /// Its question, after the file's path.
    ReplaceBody,
    /// Button: replace the file.
    Replace,
    /// Title of the changed-on-disk dialog.
    ChangedOnDiskTitle,
    /// Body of the changed-on-disk dialog.
    ChangedOnDiskBody,
    /// Button: overwrite the file on disk.
    Overwrite,
    /// Button: reload the file from disk.
    Reload,
    /// Status: opened read-only because another Nashra has the file.
    ReadOnlyLocked,
    /// "process" (followed by its number).
    Process,
    /// Advice after a read-only message.
    SaveAsKeepsCopy,
    /// Title of the recovery dialog.
    RecoverTitle,
    /// Body of the recovery dialog (followed by the time and the file).
    RecoverBody,
    /// The file of a never-saved issue, in the recovery dialog.
    RecoverNewIssue,
    /// Button: recover.
    Recover,
    /// Button: open the saved version.
    OpenSaved,
    /// Title of the damaged-file dialog.
    DamagedTitle,
    /// Body of the damaged-file dialog (followed by the path).
    DamagedBody,
    /// Button: open the backup.
    OpenBackup,
    /// "Stories" menu.
    MenuStories,
    /// A library folder could not be opened.
    LibraryFailed,
    /// The inbox file is damaged; it is kept as it is.
    InboxUnreadable,
    /// Stories were imported.
    Imported,
    /// An import failed.
    ImportFailed,
    /// Stories already on the desk were merged.
    AlreadyCollected,
    /// A dropped file of an unknown kind.
    CannotImport,
    /// Filter name of feed files.
    FeedFiles,
    /// Path prompt title: library.
    PromptLibraryTitle,
    /// Path prompt title: feed file.
    PromptFeedTitle,
    /// Path prompt title: URL.
    PromptUrlTitle,
    /// Path prompt body: URL.
    PromptUrlBody,
    /// The inbox panel.
    Inbox,
    /// Shown when no library is open.
    NoLibraryHint,
    /// Choose the library folder.
    ChooseLibrary,
    /// Add a story by hand.
    AddStory,
    /// Paste the clipboard as stories.
    PasteStory,
    /// Import a feed file.
    ImportFeed,
    /// Import from a URL.
    ImportUrl,
    /// An import is running.
    Importing,
    /// The inbox has nothing.
    InboxEmpty,
    /// Badge: the link was featured before.
    FeaturedIn,
    /// Badge: and in more issues.
    AndIn,
    /// The library view.
    Library,
    /// The search view.
    Search,
    /// Move the section up.
    SectionUp,
    /// Move the section down.
    SectionDown,
    /// Word count unit.
    Words,
    /// Reading time unit.
    MinutesToRead,
    /// The library has no issues.
    LibraryEmpty,
    /// Issue files that could not be read.
    UnreadableIssues,
    /// Search view label.
    SearchHint,
    /// Search pane hint.
    SearchPlaceholder,
    /// Results group: the open issue.
    ThisIssue,
    /// Results group: another issue.
    IssueWord,
    /// Search found nothing.
    NoResults,
    /// Pick the selected story.
    PickStory,
    /// Pick into a named section.
    PickInto,
    /// Send the pick back.
    SendToInbox,
    /// Delete the selected story.
    DeleteStory,
    /// Move the pick up.
    MoveUp,
    /// Move the pick down.
    MoveDown,
    /// Move to the section before.
    MoveToPreviousSection,
    /// Move to the section after.
    MoveToNextSection,
    /// Move to the top.
    MoveToTop,
    /// Where the story is: the inbox.
    InInbox,
    /// A story changed by its import.
    ImportFlag,
    /// The editor cancelled an import.
    ImportCancelled,
    /// An inbox story's link is already picked in the open issue.
    AlreadyInIssue,
    /// Label: the issue's language.
    Language,
    /// Language name: Arabic.
    LanguageArabic,
    /// Language name: English.
    LanguageEnglish,
    /// What a bidi hint means.
    BidiHintExplain,
    /// Button: isolate the name of a bidi hint.
    IsolateName,
    /// Button: dismiss the bidi hints of a paragraph.
    DismissHint,
    /// "Help" menu.
    MenuHelp,
    /// Action: cut the selection.
    Cut,
    /// Action: copy the selection.
    Copy,
    /// Action: paste.
    Paste,
    /// Action: select all the text of the field.
    SelectAll,
    /// Action: the caret's paragraph reads right to left.
    ParagraphRtl,
    /// Action: the caret's paragraph reads left to right.
    ParagraphLtr,
    /// Action: the caret's paragraph takes the direction of most of its words.
    ParagraphAuto,
    /// Action: zoom in.
    ZoomIn,
    /// Action: zoom out.
    ZoomOut,
    /// Action: normal size.
    ZoomReset,
    /// Action: light theme (a check mark when on).
    LightTheme,
    /// Action: the command palette.
    CommandPalette,
    /// Action and window: the list of shortcuts.
    KeyboardShortcuts,
    /// Action and window: about Nashra.
    About,
    /// The direction chord with the right Shift key.
    ChordRightShift,
    /// The direction chord with the left Shift key.
    ChordLeftShift,
    /// Why an action is unavailable: the issue is read-only.
    WhyReadOnly,
    /// Why undo is unavailable.
    WhyNothingToUndo,
    /// Why redo is unavailable.
    WhyNothingToRedo,
    /// Why an action is unavailable: a file dialog is open.
    WhyDialogOpen,
    /// Why an action is unavailable: no library folder.
    WhyNoLibrary,
    /// Shown while the library's issues are being read.
    ReadingLibrary,
    /// The path prompt's question, for a folder.
    PromptFolderBody,
    /// Why saving is unavailable: a save is being written.
    WhySaving,
    /// Why an action is unavailable: an import is running.
    WhyImporting,
    /// Why picking is unavailable.
    WhyNoInboxStory,
    /// Why a move is unavailable.
    WhyNoPick,
    /// Why deleting is unavailable.
    WhyNoStory,
    /// Why a text action is unavailable.
    WhyNoField,
    /// Why cut or copy is unavailable.
    WhyNoSelection,
    /// Why isolating is unavailable.
    WhyNoLatinRun,
    /// Why marks cannot be inserted here.
    WhyNoMarks,
    /// Why a link has no direction.
    WhyNoDirection,
    /// Why setting a direction would do nothing.
    WhyAlreadyThatWay,
    /// Placeholder of the command palette.
    PaletteHint,
    /// When no action matches the palette's text.
    PaletteNoMatch,
    /// Column heading: a shortcut.
    Shortcut,
    /// Column heading: an action.
    Action,
    /// What Nashra is, in About.
    AboutLine,
    /// Label: the version.
    Version,
    /// Heading in About: the bundled fonts.
    FontsAndLicences,
    /// Button: close a window.
    Close,
}

/// The English text of a message.
pub fn tr(msg: Msg) -> &'static str {
    match msg {
        Msg::AppName => "Nashra",
        Msg::MenuFile => "File",
        Msg::MenuEdit => "Edit",
        Msg::New => "New issue",
        Msg::Open => "Open…",
        Msg::Save => "Save",
        Msg::SaveAs => "Save as…",
        Msg::Undo => "Undo",
        Msg::Redo => "Redo",
        Msg::Quit => "Quit",
        Msg::IssueDetails => "Issue",
        Msg::Number => "Number",
        Msg::Title => "Title",
        Msg::Date => "Date",
        Msg::Status => "Status",
        Msg::Introduction => "Introduction",
        Msg::Draft => "Draft",
        Msg::Ready => "Ready",
        Msg::Published => "Published",
        Msg::Headline => "Headline",
        Msg::Source => "Source",
        Msg::Url => "URL",
        Msg::Author => "Author",
        Msg::PublishedOn => "Published on",
        Msg::Tags => "Tags",
        Msg::Excerpt => "Excerpt",
        Msg::Commentary => "Commentary",
        Msg::AddSection => "Add section",
        Msg::AddPick => "Add pick",
        Msg::RemovePick => "Remove pick",
        Msg::RemoveSection => "Remove section",
        Msg::UntitledSection => "(untitled section)",
        Msg::UntitledPick => "(no headline)",
        Msg::UnsavedTitle => "Unsaved changes",
        Msg::UnsavedBody => "This issue has changes that are not saved. Save them first?",
        Msg::Discard => "Discard",
        Msg::Cancel => "Cancel",
        Msg::Confirm => "OK",
        Msg::PromptOpenTitle => "Open an issue file",
        Msg::PromptSaveTitle => "Save the issue as",
        Msg::PromptBody => "No file dialog is available here. Type the file's path:",
        Msg::Saved => "Saved",
        Msg::Unsaved => "Unsaved changes",
        Msg::ReadOnlyNewer => {
            "Read-only: this file was written by a newer Nashra. Use “Save as…” to keep a copy."
        }
        Msg::SampleNotice => "This is the sample issue. “Save as…” keeps a copy of your own.",
        Msg::OpenFailed => "Could not open the issue",
        Msg::SaveFailed => "Could not save; the file on disk is unchanged",
        Msg::Dismiss => "Dismiss",
        Msg::DateHint => "YYYY-MM-DD",
        Msg::InvalidDate => "Not a date yet: write year-month-day, e.g. 2026-12-04",
        Msg::TagsHint => "comma-separated",
        Msg::NotSavedYet => "not saved yet",
        Msg::IssueFiles => "Nashra issues",
        Msg::NoSuchFile => "There is no file at this path",
        Msg::SectionTitle => "Section",
        Msg::SampleOrigin => "bundled sample",
        Msg::ParagraphDirection => "Paragraph:",
        Msg::DirectionAuto => "Auto",
        Msg::DirectionRtl => "Right to left",
        Msg::DirectionLtr => "Left to right",
        Msg::MenuView => "View",
        Msg::ShowMarks => "Show formatting marks",
        Msg::InsertRlm => "Insert RLM",
        Msg::InsertLrm => "Insert LRM",
        Msg::IsolateLatin => "Isolate Latin run",
        Msg::Preview => "Preview",
        Msg::Export => "Export…",
        Msg::CopyHtml => "Copy HTML",
        Msg::ExportFiles => "HTML email, Markdown or text",
        Msg::PromptExportTitle => "Export the issue as (.html, .md or .txt)",
        Msg::Exported => "Exported",
        Msg::HtmlCopied => "The HTML email is on the clipboard",
        Msg::ExportFailed => "Could not export",
        Msg::EmptySectionsExported => "Sections with no stories, exported as a bare heading",
        Msg::ExportRefused => "Not exported",
        Msg::ReplaceTitle => "Replace the file?",
        Msg::ReplaceBody => "already exists. Replace it with this export?",
        Msg::Replace => "Replace",
        Msg::ChangedOnDiskTitle => "The file changed on disk",
        Msg::ChangedOnDiskBody => {
            "Someone (or another program) changed this issue's file, or the library's inbox, \
             since Nashra loaded or saved it. Overwrite their version, save yours elsewhere, or \
             reload theirs?"
        }
        Msg::Overwrite => "Overwrite",
        Msg::Reload => "Reload",
        Msg::RecoverTitle => "Recover unsaved work?",
        Msg::RecoverBody => "Nashra closed without saving. A copy of your work was kept at",
        Msg::RecoverNewIssue => "an issue not saved yet",
        Msg::Recover => "Recover",
        Msg::OpenSaved => "Open the saved version",
        Msg::DamagedTitle => "The issue file is damaged",
        Msg::DamagedBody => {
            "It was not changed. Its previous version (.bak) can be opened instead; saving it \
             then replaces the damaged file, which is kept as .bak:"
        }
        Msg::OpenBackup => "Open the backup",
        Msg::ReadOnlyLocked => "Read-only: another Nashra has this file open",
        Msg::Process => "process",
        Msg::SaveAsKeepsCopy => "“Save as…” keeps a copy of your own.",
        Msg::IsolateLatinHint => {
            "Wrap the Latin words at the caret in an isolate, so a number after them stays on \
             the Arabic side (“OpenAI 13 مليار”)."
        }
        Msg::MenuStories => "Stories",
        Msg::LibraryFailed => "Could not open the library",
        Msg::InboxUnreadable => {
            "The inbox file could not be read; it is left as it is and not saved over until it is fixed"
        }
        Msg::Imported => "Imported",
        Msg::ImportFailed => "Could not import",
        Msg::AlreadyCollected => "Already collected; merged into the story there",
        Msg::CannotImport => "Nashra cannot import this kind of file",
        Msg::FeedFiles => "RSS and Atom feeds",
        Msg::PromptLibraryTitle => "Library folder",
        Msg::PromptFeedTitle => "Import a feed file",
        Msg::PromptUrlTitle => "Import from a web address",
        Msg::PromptUrlBody => "The address of a feed (RSS or Atom) or of a page:",
        Msg::Inbox => "Inbox",
        Msg::NoLibraryHint => {
            "Choose a library folder to collect stories: Nashra keeps your issues and your inbox there."
        }
        Msg::ChooseLibrary => "Choose library folder…",
        Msg::AddStory => "Add story",
        Msg::PasteStory => "Paste story",
        Msg::ImportFeed => "Import feed file…",
        Msg::ImportUrl => "Import from address…",
        Msg::Importing => "Importing…",
        Msg::InboxEmpty => {
            "Nothing collected yet. Paste a link or an article here (Ctrl+V), drop files, or import a feed."
        }
        Msg::FeaturedIn => "Featured in issue",
        Msg::AndIn => "also",
        Msg::Library => "Library",
        Msg::Search => "Search",
        Msg::SectionUp => "Section up",
        Msg::SectionDown => "Section down",
        Msg::Words => "words",
        Msg::MinutesToRead => "min read",
        Msg::LibraryEmpty => {
            "No issues in this folder yet. Save an issue here to start the archive."
        }
        Msg::UnreadableIssues => "These files could not be read:",
        Msg::SearchHint => "Search the inbox and every issue of the library",
        Msg::SearchPlaceholder => "Headline, source, excerpt or commentary",
        Msg::ThisIssue => "This issue",
        Msg::IssueWord => "Issue",
        Msg::NoResults => "Nothing found.",
        Msg::PickStory => "Pick into the issue",
        Msg::PickInto => "Pick into",
        Msg::SendToInbox => "Send back to the inbox",
        Msg::DeleteStory => "Delete story",
        Msg::MoveUp => "Move up",
        Msg::MoveDown => "Move down",
        Msg::MoveToPreviousSection => "Move to the section before",
        Msg::MoveToNextSection => "Move to the section after",
        Msg::MoveToTop => "Move to the top",
        Msg::InInbox => "In the inbox",
        Msg::ImportFlag => "Changed on import",
        Msg::ImportCancelled => "Import cancelled",
        Msg::AlreadyInIssue => "Already in this issue",
        Msg::Language => "Language",
        Msg::LanguageArabic => "العربية",
        Msg::LanguageEnglish => "English",
        Msg::BidiHintExplain => {
            "An Arabic reader sees this number beside the Latin name, not with the words after it."
        }
        Msg::IsolateName => "Isolate",
        Msg::DismissHint => "It reads fine here",
        Msg::MenuHelp => "Help",
        Msg::Cut => "Cut",
        Msg::Copy => "Copy",
        Msg::Paste => "Paste",
        Msg::SelectAll => "Select all",
        Msg::ParagraphRtl => "Paragraph right to left",
        Msg::ParagraphLtr => "Paragraph left to right",
        Msg::ParagraphAuto => "Paragraph direction: auto",
        Msg::ZoomIn => "Zoom in",
        Msg::ZoomOut => "Zoom out",
        Msg::ZoomReset => "Normal size",
        Msg::LightTheme => "Light theme",
        Msg::CommandPalette => "Find an action…",
        Msg::KeyboardShortcuts => "Keyboard shortcuts",
        Msg::About => "About Nashra",
        Msg::ChordRightShift => "Ctrl+Right Shift",
        Msg::ChordLeftShift => "Ctrl+Left Shift",
        Msg::WhyReadOnly => "The issue is open read-only",
        Msg::WhyNothingToUndo => "Nothing to undo",
        Msg::WhyNothingToRedo => "Nothing to redo",
        Msg::WhyDialogOpen => "A file dialog is open",
        Msg::WhyNoLibrary => "Choose a library folder first (File menu)",
        Msg::ReadingLibrary => "Reading the library's issues…",
        Msg::PromptFolderBody => "No folder dialog is available here. Type the folder's path:",
        Msg::WhySaving => "A save is being written",
        Msg::WhyImporting => "An import is running",
        Msg::WhyNoInboxStory => "Select a story in the inbox first",
        Msg::WhyNoPick => "Select a picked story first",
        Msg::WhyNoStory => "Select a story first",
        Msg::WhyNoField => "Put the caret in a text field first",
        Msg::WhyNoSelection => "Nothing is selected",
        Msg::WhyNoLatinRun => "The caret is not in a Latin name or number",
        Msg::WhyNoMarks => "Marks are not typed into tags or links",
        Msg::WhyNoDirection => "A link always reads left to right",
        Msg::WhyAlreadyThatWay => "The paragraph already reads that way",
        Msg::PaletteHint => "Type to find an action",
        Msg::PaletteNoMatch => "No action has that name",
        Msg::Shortcut => "Shortcut",
        Msg::Action => "Action",
        Msg::AboutLine => {
            "A newsletter editor for Arabic text with Latin names, numbers and links."
        }
        Msg::Version => "Version",
        Msg::FontsAndLicences => "Fonts, and their licences",
        Msg::Close => "Close",
    }
}

/// A status's name.
pub fn status_name(status: crate::model::Status) -> &'static str {
    use crate::model::Status;
    tr(match status {
        Status::Draft => Msg::Draft,
        Status::Ready => Msg::Ready,
        Status::Published => Msg::Published,
    })
}
