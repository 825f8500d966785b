//! The interface's messages. [`Msg`] names each message of the Fluent files
//! `assets/i18n/en.ftl` and `assets/i18n/ar.ftl` (by its id), and [`Text`] each message with
//! variables, with the values the code passes; the words themselves live only in those files,
//! in both languages, and [`crate::i18n`] looks them up in the interface's language.

use std::borrow::Cow;

use crate::i18n::{self, Arg};

/// Declares [`Msg`]: each variant with its doc and its message id.
macro_rules! messages {
    ($($(#[doc = $doc:literal])* $name:ident = $id:literal,)*) => {
        /// A message of the interface without variables.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($(#[doc = $doc])* $name,)*
        }

        impl Msg {
            /// Every message, in declaration order (`msg as usize` is its index).
            pub const ALL: &[Msg] = &[$(Msg::$name,)*];

            /// Its id in the Fluent files.
            pub fn id(self) -> &'static str {
                match self {
                    $(Msg::$name => $id,)*
                }
            }
        }
    };
}

messages! {
    /// Product name.
    AppName = "app-name",
    /// "File" menu.
    MenuFile = "menu-file",
    /// "Edit" menu.
    MenuEdit = "menu-edit",
    /// Action: new issue.
    New = "new",
    /// Action: open an issue.
    Open = "open",
    /// Action: save.
    Save = "save",
    /// Action: save under another name.
    SaveAs = "save-as",
    /// Action: undo.
    Undo = "undo",
    /// Action: redo.
    Redo = "redo",
    /// Action: quit.
    Quit = "quit",
    /// The issue's number is not a number yet.
    InvalidNumber = "invalid-number",
    /// Label: issue number.
    Number = "number",
    /// Label: title.
    Title = "title",
    /// Label: date.
    Date = "date",
    /// Label: status.
    Status = "status",
    /// Label: introduction.
    Introduction = "introduction",
    /// Status value.
    Draft = "draft",
    /// Status value.
    Ready = "ready",
    /// Status value.
    Published = "published",
    /// Label: headline.
    Headline = "headline",
    /// Label: source.
    Source = "source",
    /// Label: URL.
    Url = "url",
    /// Label: author.
    Author = "author",
    /// Label: publication date.
    PublishedOn = "published-on",
    /// Label: tags.
    Tags = "tags",
    /// Label: excerpt.
    Excerpt = "excerpt",
    /// Label: commentary.
    Commentary = "commentary",
    /// Button: add a section.
    AddSection = "add-section",
    /// Button: add a pick.
    AddPick = "add-pick",
    /// Button: remove the section.
    RemoveSection = "remove-section",
    /// Placeholder for an untitled section.
    UntitledSection = "untitled-section",
    /// Placeholder for a pick with no headline.
    UntitledPick = "untitled-pick",
    /// Title of the unsaved-changes dialog.
    UnsavedTitle = "unsaved-title",
    /// Body of the unsaved-changes dialog.
    UnsavedBody = "unsaved-body",
    /// Button: discard changes.
    Discard = "discard",
    /// Button: cancel.
    Cancel = "cancel",
    /// Button: confirm a path.
    Confirm = "confirm",
    /// Title of the path prompt when opening.
    PromptOpenTitle = "prompt-open-title",
    /// Title of the path prompt when saving.
    PromptSaveTitle = "prompt-save-title",
    /// Body of the path prompt.
    PromptBody = "prompt-body",
    /// Status: saved.
    Saved = "saved",
    /// Status: unsaved changes.
    Unsaved = "unsaved",
    /// Status: opened read-only because the file is from a newer version.
    ReadOnlyNewer = "read-only-newer",
    /// Status: the sample issue is open (it is saved elsewhere).
    SampleNotice = "sample-notice",
    /// Error prefix for a failed open.
    OpenFailed = "open-failed",
    /// Error prefix for a failed save.
    SaveFailed = "save-failed",
    /// Button: dismiss a message.
    Dismiss = "dismiss",
    /// Hint under a date field.
    DateHint = "date-hint",
    /// Under a date field holding something that is not a date.
    InvalidDate = "invalid-date",
    /// Hint for tags.
    TagsHint = "tags-hint",
    /// Label for a file that has not been saved yet.
    NotSavedYet = "not-saved-yet",
    /// Filter name in file dialogs.
    IssueFiles = "issue-files",
    /// Where the sample issue comes from.
    SampleOrigin = "sample-origin",
    /// Label of the paragraph direction control.
    ParagraphDirection = "paragraph-direction",
    /// Direction: automatic.
    DirectionAuto = "direction-auto",
    /// Direction: right to left.
    DirectionRtl = "direction-rtl",
    /// Direction: left to right.
    DirectionLtr = "direction-ltr",
    /// "View" menu.
    MenuView = "menu-view",
    /// Action: show formatting marks.
    ShowMarks = "show-marks",
    /// Button: insert a right-to-left mark.
    InsertRlm = "insert-rlm",
    /// Button: insert a left-to-right mark.
    InsertLrm = "insert-lrm",
    /// Button: isolate the Latin run at the caret.
    IsolateLatin = "isolate-latin",
    /// Tooltip of the isolate button.
    IsolateLatinHint = "isolate-latin-hint",
    /// Outline row: the preview.
    Preview = "preview",
    /// Action: export.
    Export = "export",
    /// Action: copy the HTML email.
    CopyHtml = "copy-html",
    /// Filter name in the export dialog.
    ExportFiles = "export-files",
    /// Title of the path prompt when exporting.
    PromptExportTitle = "prompt-export-title",
    /// Status: HTML copied.
    HtmlCopied = "html-copied",
    /// Error prefix for a failed export.
    ExportFailed = "export-failed",
    /// Warning after an export: these sections have no stories.
    EmptySectionsExported = "empty-sections-exported",
    /// Title of the "replace the existing export?" dialog.
    ReplaceTitle = "replace-title",
    /// Button: replace the file.
    Replace = "replace",
    /// Title of the changed-on-disk dialog.
    ChangedOnDiskTitle = "changed-on-disk-title",
    /// Body of the changed-on-disk dialog.
    ChangedOnDiskBody = "changed-on-disk-body",
    /// Button: overwrite the file on disk.
    Overwrite = "overwrite",
    /// Button: reload the file from disk.
    Reload = "reload",
    /// Title of the recovery dialog.
    RecoverTitle = "recover-title",
    /// The file of a never-saved issue, in the recovery dialog.
    RecoverNewIssue = "recover-new-issue",
    /// Button: recover.
    Recover = "recover",
    /// Button: open the saved version.
    OpenSaved = "open-saved",
    /// Title of the damaged-file dialog.
    DamagedTitle = "damaged-title",
    /// Button: open the backup.
    OpenBackup = "open-backup",
    /// "Stories" menu.
    MenuStories = "menu-stories",
    /// A library folder could not be opened.
    LibraryFailed = "library-failed",
    /// The inbox file is damaged; it is kept as it is.
    InboxUnreadable = "inbox-unreadable",
    /// An import failed.
    ImportFailed = "import-failed",
    /// Filter name of feed files.
    FeedFiles = "feed-files",
    /// Path prompt title: library.
    PromptLibraryTitle = "prompt-library-title",
    /// Path prompt title: feed file.
    PromptFeedTitle = "prompt-feed-title",
    /// Path prompt title: URL.
    PromptUrlTitle = "prompt-url-title",
    /// Path prompt body: URL.
    PromptUrlBody = "prompt-url-body",
    /// The inbox panel.
    Inbox = "inbox",
    /// Shown when no library is open.
    NoLibraryHint = "no-library-hint",
    /// Choose the library folder.
    ChooseLibrary = "choose-library",
    /// Add a story by hand.
    AddStory = "add-story",
    /// Paste the clipboard as stories.
    PasteStory = "paste-story",
    /// Import a feed file.
    ImportFeed = "import-feed",
    /// Import from a URL.
    ImportUrl = "import-url",
    /// An import is running.
    Importing = "importing",
    /// The inbox has nothing.
    InboxEmpty = "inbox-empty",
    /// The library view.
    Library = "library",
    /// The search view.
    Search = "search",
    /// Move the section up.
    SectionUp = "section-up",
    /// Move the section down.
    SectionDown = "section-down",
    /// The library has no issues.
    LibraryEmpty = "library-empty",
    /// Issue files that could not be read.
    UnreadableIssues = "unreadable-issues",
    /// Search view label.
    SearchHint = "search-hint",
    /// Search pane hint.
    SearchPlaceholder = "search-placeholder",
    /// Pick the selected story.
    PickStory = "pick-story",
    /// Send the pick back.
    SendToInbox = "send-to-inbox",
    /// Delete the selected story.
    DeleteStory = "delete-story",
    /// Move the pick up.
    MoveUp = "move-up",
    /// Move the pick down.
    MoveDown = "move-down",
    /// Move to the section before.
    MoveToPreviousSection = "move-to-previous-section",
    /// Move to the section after.
    MoveToNextSection = "move-to-next-section",
    /// Move to the top.
    MoveToTop = "move-to-top",
    /// Where the story is: the inbox.
    InInbox = "in-inbox",
    /// A story changed by its import.
    ImportFlag = "import-flag",
    /// The editor cancelled an import.
    ImportCancelled = "import-cancelled",
    /// An inbox story's link is already picked in the open issue.
    AlreadyInIssue = "already-in-issue",
    /// Label: the issue's language.
    Language = "language",
    /// Language name: Arabic.
    LanguageArabic = "language-arabic",
    /// Language name: English.
    LanguageEnglish = "language-english",
    /// What a bidi hint means.
    BidiHintExplain = "bidi-hint-explain",
    /// Button: dismiss the bidi hints of a paragraph.
    DismissHint = "dismiss-hint",
    /// "Help" menu.
    MenuHelp = "menu-help",
    /// Action: cut the selection.
    Cut = "cut",
    /// Action: copy the selection.
    Copy = "copy",
    /// Action: paste.
    Paste = "paste",
    /// Action: select all the text of the field.
    SelectAll = "select-all",
    /// Action: the caret's paragraph reads right to left.
    ParagraphRtl = "paragraph-rtl",
    /// Action: the caret's paragraph reads left to right.
    ParagraphLtr = "paragraph-ltr",
    /// Action: the caret's paragraph takes the direction of most of its words.
    ParagraphAuto = "paragraph-auto",
    /// Action: zoom in.
    ZoomIn = "zoom-in",
    /// Action: zoom out.
    ZoomOut = "zoom-out",
    /// Action: normal size.
    ZoomReset = "zoom-reset",
    /// Action: light theme (a check mark when on).
    LightTheme = "light-theme",
    /// The bundled dictionaries could not be read: spelling is not checked.
    DictionariesFailed = "dictionaries-failed",
    /// The personal dictionary could not be read.
    DictionaryUnreadable = "dictionary-unreadable",
    /// A word could not be added to the personal dictionary.
    DictionaryFailed = "dictionary-failed",
    /// Action: check the whole issue's spelling.
    CheckIssueSpelling = "check-issue-spelling",
    /// Action: go to the next misspelling.
    NextMisspelling = "next-misspelling",
    /// Action: go to the previous misspelling.
    PreviousMisspelling = "previous-misspelling",
    /// A section's title, as a field named in a list.
    SectionTitleField = "section-title-field",
    /// Title of the list of the issue's misspellings.
    MisspellingsTitle = "misspellings-title",
    /// Action: open the spelling menu of the word at the caret.
    SpellingSuggestions = "spelling-suggestions",
    /// Why spelling suggestions cannot be shown: spelling is off or not loaded yet.
    WhyNoSpelling = "why-no-spelling",
    /// Why spelling suggestions cannot be shown: the caret is not on a misspelled word.
    WhyNoMisspelling = "why-no-misspelling",
    /// Spelling menu: leave the word alone in this issue.
    IgnoreInIssue = "ignore-in-issue",
    /// Spelling menu: add the word to the personal dictionary.
    AddToDictionary = "add-to-dictionary",
    /// Spelling menu: suggestions are being worked out.
    FindingSuggestions = "finding-suggestions",
    /// Spelling menu: the dictionary has no suggestion.
    NoSuggestions = "no-suggestions",
    /// Switch: check spelling as she types.
    CheckSpelling = "check-spelling",
    /// Action: the interface in Arabic.
    InterfaceArabic = "interface-arabic",
    /// Action: the interface in English.
    InterfaceEnglish = "interface-english",
    /// Switch: Arabic-Indic digits.
    ArabicIndicDigits = "arabic-indic-digits",
    /// Switch: Levantine month names.
    LevantMonths = "levant-months",
    /// Action: the command palette.
    CommandPalette = "command-palette",
    /// Action and window: the list of shortcuts.
    KeyboardShortcuts = "keyboard-shortcuts",
    /// Action and window: about Nashra.
    About = "about",
    /// The direction chord with the right Shift key.
    ChordRightShift = "chord-right-shift",
    /// The direction chord with the left Shift key.
    ChordLeftShift = "chord-left-shift",
    /// Why an action is unavailable: the issue is read-only.
    WhyReadOnly = "why-read-only",
    /// Why undo is unavailable.
    WhyNothingToUndo = "why-nothing-to-undo",
    /// Why redo is unavailable.
    WhyNothingToRedo = "why-nothing-to-redo",
    /// Why an action is unavailable: a file dialog is open.
    WhyDialogOpen = "why-dialog-open",
    /// Why an action is unavailable: no library folder.
    WhyNoLibrary = "why-no-library",
    /// Shown while the library's issues are being read.
    ReadingLibrary = "reading-library",
    /// The path prompt's question, for a folder.
    PromptFolderBody = "prompt-folder-body",
    /// Why saving is unavailable: a save is being written.
    WhySaving = "why-saving",
    /// Why an action is unavailable: an import is running.
    WhyImporting = "why-importing",
    /// Why picking is unavailable.
    WhyNoInboxStory = "why-no-inbox-story",
    /// Why a move is unavailable.
    WhyNoPick = "why-no-pick",
    /// Why deleting is unavailable.
    WhyNoStory = "why-no-story",
    /// Why a text action is unavailable.
    WhyNoField = "why-no-field",
    /// Why cut or copy is unavailable.
    WhyNoSelection = "why-no-selection",
    /// Why bold, italic or a link is unavailable: the field is a line (a headline, a title).
    WhyNotProse = "why-not-prose",
    /// Help: what bold, italic and links do, and that Arabic italic stays upright.
    HelpFormatting = "help-formatting",
    /// Action: make the selected words bold.
    Bold = "bold",
    /// Action: make the selected words italic (emphasis).
    Italic = "italic",
    /// Action: put a link on the selected words, or edit the link at the caret.
    LinkAction = "link-action",
    /// Action: paste the clipboard's text without its formatting.
    PastePlain = "paste-plain",
    /// The link editor's title.
    LinkEditorTitle = "link-editor-title",
    /// The link editor's field: the address.
    LinkAddress = "link-address",
    /// The link editor's button: put the link on the words.
    LinkApply = "link-apply",
    /// The link editor's button: take the link off the words.
    LinkRemove = "link-remove",
    /// The link editor's button: open the address in the browser.
    LinkOpen = "link-open",
    /// The link editor's refusal: not an address readers can follow.
    LinkAddressInvalid = "link-address-invalid",
    /// Why isolating is unavailable.
    WhyNoLatinRun = "why-no-latin-run",
    /// Why marks cannot be inserted here.
    WhyNoMarks = "why-no-marks",
    /// Why a link has no direction.
    WhyNoDirection = "why-no-direction",
    /// Why setting a direction would do nothing.
    WhyAlreadyThatWay = "why-already-that-way",
    /// Placeholder of the command palette.
    PaletteHint = "palette-hint",
    /// When no action matches the palette's text.
    PaletteNoMatch = "palette-no-match",
    /// What Nashra is, in About.
    AboutLine = "about-line",
    /// Heading in About: the bundled fonts.
    FontsAndLicences = "fonts-and-licences",
    /// Button: close a window.
    Close = "close",
    /// Action: check whether the issue is ready to send.
    CheckIssue = "check-issue",
    /// Action and window title: the library's settings.
    LibrarySettings = "library-settings",
    /// Error: the library's settings could not be written.
    LibrarySettingsNotSaved = "library-settings-not-saved",
    /// Title of the library settings window.
    LibrarySettingsTitle = "library-settings-title",
    /// Error: library.ron could not be read; defaults are used, the file is kept.
    LibrarySettingsUnreadable = "library-settings-unreadable",
    /// Status: the check found nothing left.
    IssueReady = "issue-ready",
    /// Status: the finding clicked was fixed meanwhile.
    FindingGone = "finding-gone",
    /// Title of the pre-flight panel.
    PreflightTitle = "preflight-title",
    /// Button: run the check again.
    CheckAgain = "check-again",
    /// Button: replace a moved link by its new address.
    UseNewAddress = "use-new-address",
    /// The issue was edited after the check ran.
    IssueChangedSinceCheck = "issue-changed-since-check",
    /// Finding: the introduction is empty.
    FindingEmptyIntro = "finding-empty-intro",
    /// Finding: a pick has no headline.
    FindingEmptyHeadline = "finding-empty-headline",
    /// Finding: a pick has no commentary.
    FindingNoCommentary = "finding-no-commentary",
    /// Why a link is broken: no answer in time.
    LinkTimeout = "link-timeout",
    /// Why a link is broken: redirects in a loop or too many.
    LinkTooManyRedirects = "link-too-many-redirects",
    /// Why a link is broken: not a web address (a link starts with https:// or www.).
    LinkNotWeb = "link-not-web",
    /// Why a link is broken: the server's name is not known.
    LinkHostNotFound = "link-host-not-found",
    /// Why a link is broken: the server refused the connection.
    LinkRefused = "link-refused",
    /// Why a link is broken: the server closed the connection without answering.
    LinkClosed = "link-closed",
    /// Where a finding is: the issue as a whole.
    WholeIssue = "whole-issue",
    /// The check found nothing.
    NothingFound = "nothing-found",
    /// Label: the length the editor aims at, in words (empty: none).
    WordTarget = "word-target",
    /// Switch: add campaign tags to exported links.
    UtmTagging = "utm-tagging",
    /// Label: utm_source.
    UtmSource = "utm-source",
    /// Label: utm_medium.
    UtmMedium = "utm-medium",
    /// Label: utm_campaign; {number} stands for the issue's number.
    UtmCampaign = "utm-campaign",
    /// Note under the tags: which links get them.
    UtmNote = "utm-note",
    /// Between the items of a list written in a line (", " or "، ").
    ListSeparator = "list-separator",
}

/// The message `msg` in the interface's language.
pub fn tr(msg: Msg) -> &'static str {
    i18n::simple(msg)
}

/// A message with variables, with the values the code gives them. Counts are passed as
/// numbers, so the language's plural rules choose the words ("قصتان", "11 قصة").
#[derive(Clone, Debug, PartialEq)]
#[allow(
    missing_docs,
    reason = "each field is the message's variable of the same name, as the variant's doc shows"
)]
pub enum Text<'a> {
    /// "Inbox (4)".
    InboxHeading { count: usize },
    /// "4 stories".
    StoryCount { count: usize },
    /// "283 words".
    WordCount { count: usize },
    /// "3 min read".
    ReadingMinutes { count: usize },
    /// "312 words · 3 min read".
    ReadingStats { words: usize, minutes: usize },
    /// "12 results".
    ResultCount { count: usize },
    /// "3 misspellings".
    MisspellingCount { count: usize },
    /// "Featured in issue #54 (27 November 2026)".
    FeaturedIn { number: u32, date: Cow<'a, str> },
    /// ", also #12 (…), #13 (…)": `issues` is already a list.
    FeaturedAlso { issues: Cow<'a, str> },
    /// "This issue #54".
    ThisIssueNumber { number: u32 },
    /// "Issue #54 (27 November 2026)".
    IssueNumberDate { number: u32, date: Cow<'a, str> },
    /// "Section 2".
    SectionNumber { number: usize },
    /// "Pick into 2".
    PickIntoSection { number: usize },
    /// "Changed on import: …".
    ImportFlagNamed { flag: Cow<'a, str> },
    /// "Isolate «OpenAI»".
    IsolateNamed { name: Cow<'a, str> },
    /// "Imported 4 stories from feed.xml".
    ImportedCount { count: usize, from: Cow<'a, str> },
    /// "Already collected; merged into the story there (3)".
    AlreadyCollectedCount { count: usize },
    /// "Saved: /path".
    SavedTo { path: Cow<'a, str> },
    /// "Exported: /path".
    ExportedTo { path: Cow<'a, str> },
    /// "Opening /path…".
    OpeningFile { path: Cow<'a, str> },
    /// "There is no file at this path: /path".
    NoSuchFileAt { path: Cow<'a, str> },
    /// "Nashra cannot import this kind of file: /path".
    CannotImportFile { path: Cow<'a, str> },
    /// "Not exported: …".
    ExportRefusedBecause { reason: Cow<'a, str> },
    /// A failure and its cause: "Could not save. …".
    FailedBecause { what: Msg, error: Cow<'a, str> },
    /// The read-only reason when another Nashra holds the file.
    ReadOnlyLockedBy { pid: u32, host: Cow<'a, str> },
    /// The damaged-file explanation, with the file's path.
    DamagedBodyPath { path: Cow<'a, str> },
    /// "/path already exists. Replace it with this export?".
    ReplaceBodyPath { path: Cow<'a, str> },
    /// The recovery question: when the copy was kept, and of what.
    RecoverBodyWhen {
        when: Cow<'a, str>,
        what: Cow<'a, str>,
    },
    /// The window's title: "*name — Nashra".
    WindowTitle { name: Cow<'a, str> },
    /// "Version 0.1.0".
    VersionLine { version: Cow<'a, str> },
    /// "3 things to look at before sending".
    PreflightLeft { count: usize },
    /// "Checking links: 4 of 12".
    LinksChecking { done: usize, total: usize },
    /// "Broken link https://…: the server answered 404".
    FindingBrokenLink {
        url: Cow<'a, str>,
        reason: Cow<'a, str>,
    },
    /// "the server answered 404".
    LinkStatus { status: Cow<'a, str> },
    /// "the secure connection failed (…)".
    LinkTls { detail: Cow<'a, str> },
    /// "the server could not be reached (…)".
    LinkNetwork { detail: Cow<'a, str> },
    /// "https://a has moved to https://b".
    FindingLinkMoved { url: Cow<'a, str>, to: Cow<'a, str> },
    /// "Same link as «headline» in this issue".
    FindingDuplicate { headline: Cow<'a, str> },
    /// "Section «title» has no picks".
    FindingEmptySection { title: Cow<'a, str> },
    /// "«TK» is a placeholder headline".
    FindingPlaceholder { headline: Cow<'a, str> },
    /// "«OpenAI 13»: the number shows on the wrong side of the name".
    FindingBidiHint { text: Cow<'a, str> },
    /// "Misspelled: word".
    FindingMisspelled { word: Cow<'a, str> },
    /// "1,240 words · 6 min read, over the target of 1,000 words".
    FindingOverTarget { stats: Cow<'a, str>, target: usize },
    /// "Pick 3 · Commentary".
    PickPlace { number: usize, field: Msg },
}

impl Text<'_> {
    /// Its id in the Fluent files.
    pub fn id(&self) -> &'static str {
        match self {
            Self::InboxHeading { .. } => "inbox-heading",
            Self::StoryCount { .. } => "story-count",
            Self::WordCount { .. } => "word-count",
            Self::ReadingMinutes { .. } => "reading-minutes",
            Self::ReadingStats { .. } => "reading-stats",
            Self::ResultCount { .. } => "result-count",
            Self::MisspellingCount { .. } => "misspelling-count",
            Self::FeaturedIn { .. } => "featured-in",
            Self::FeaturedAlso { .. } => "featured-also",
            Self::ThisIssueNumber { .. } => "this-issue-number",
            Self::IssueNumberDate { .. } => "issue-number-date",
            Self::SectionNumber { .. } => "section-number",
            Self::PickIntoSection { .. } => "pick-into-section",
            Self::ImportFlagNamed { .. } => "import-flag-named",
            Self::IsolateNamed { .. } => "isolate-named",
            Self::ImportedCount { .. } => "imported-count",
            Self::AlreadyCollectedCount { .. } => "already-collected-count",
            Self::SavedTo { .. } => "saved-to",
            Self::ExportedTo { .. } => "exported-to",
            Self::OpeningFile { .. } => "opening-file",
            Self::NoSuchFileAt { .. } => "no-such-file-at",
            Self::CannotImportFile { .. } => "cannot-import-file",
            Self::ExportRefusedBecause { .. } => "export-refused-because",
            Self::FailedBecause { .. } => "failed-because",
            Self::ReadOnlyLockedBy { .. } => "read-only-locked-by",
            Self::DamagedBodyPath { .. } => "damaged-body-path",
            Self::ReplaceBodyPath { .. } => "replace-body-path",
            Self::RecoverBodyWhen { .. } => "recover-body-when",
            Self::WindowTitle { .. } => "window-title",
            Self::VersionLine { .. } => "version-line",
            Self::PreflightLeft { .. } => "preflight-left",
            Self::LinksChecking { .. } => "links-checking",
            Self::FindingBrokenLink { .. } => "finding-broken-link",
            Self::LinkStatus { .. } => "link-status",
            Self::LinkTls { .. } => "link-tls",
            Self::LinkNetwork { .. } => "link-network",
            Self::FindingLinkMoved { .. } => "finding-link-moved",
            Self::FindingDuplicate { .. } => "finding-duplicate",
            Self::FindingEmptySection { .. } => "finding-empty-section",
            Self::FindingPlaceholder { .. } => "finding-placeholder",
            Self::FindingBidiHint { .. } => "finding-bidi-hint",
            Self::FindingMisspelled { .. } => "finding-misspelled",
            Self::FindingOverTarget { .. } => "finding-over-target",
            Self::PickPlace { .. } => "pick-place",
        }
    }

    /// The variables the code passes, by name.
    pub fn args(&self) -> Vec<(&'static str, Arg<'_>)> {
        fn text(s: &str) -> Arg<'_> {
            Arg::Text(Cow::Borrowed(s))
        }
        match self {
            Self::InboxHeading { count }
            | Self::StoryCount { count }
            | Self::WordCount { count }
            | Self::ReadingMinutes { count }
            | Self::ResultCount { count }
            | Self::MisspellingCount { count }
            | Self::AlreadyCollectedCount { count } => vec![("count", Arg::Count(*count))],
            Self::ReadingStats { words, minutes } => vec![
                ("words", Arg::Count(*words)),
                ("minutes", Arg::Count(*minutes)),
            ],
            Self::FeaturedIn { number, date } | Self::IssueNumberDate { number, date } => vec![
                ("number", Arg::Count(*number as usize)),
                ("date", text(date)),
            ],
            Self::FeaturedAlso { issues } => vec![("issues", text(issues))],
            Self::ThisIssueNumber { number } => vec![("number", Arg::Count(*number as usize))],
            Self::SectionNumber { number } | Self::PickIntoSection { number } => {
                vec![("number", Arg::Count(*number))]
            }
            Self::ImportFlagNamed { flag } => vec![("flag", text(flag))],
            Self::IsolateNamed { name } | Self::WindowTitle { name } => vec![("name", text(name))],
            Self::ImportedCount { count, from } => {
                vec![("count", Arg::Count(*count)), ("from", text(from))]
            }
            Self::SavedTo { path }
            | Self::ExportedTo { path }
            | Self::OpeningFile { path }
            | Self::NoSuchFileAt { path }
            | Self::CannotImportFile { path }
            | Self::DamagedBodyPath { path }
            | Self::ReplaceBodyPath { path } => vec![("path", text(path))],
            Self::ExportRefusedBecause { reason } => vec![("reason", text(reason))],
            Self::FailedBecause { what, error } => vec![
                ("what", Arg::Text(Cow::Borrowed(tr(*what)))),
                ("error", text(error)),
            ],
            // A process id is not a quantity: its digits are left as the system gives them.
            Self::ReadOnlyLockedBy { pid, host } => vec![
                ("pid", Arg::Text(Cow::Owned(pid.to_string()))),
                ("host", text(host)),
            ],
            Self::RecoverBodyWhen { when, what } => {
                vec![("when", text(when)), ("what", text(what))]
            }
            Self::VersionLine { version } => vec![("version", text(version))],
            Self::PreflightLeft { count } => vec![("count", Arg::Count(*count))],
            Self::LinksChecking { done, total } => {
                vec![("done", Arg::Count(*done)), ("total", Arg::Count(*total))]
            }
            Self::FindingBrokenLink { url, reason } => {
                vec![("url", text(url)), ("reason", text(reason))]
            }
            Self::LinkStatus { status } => vec![("status", text(status))],
            Self::LinkTls { detail } | Self::LinkNetwork { detail } => {
                vec![("detail", text(detail))]
            }
            Self::FindingLinkMoved { url, to } => vec![("url", text(url)), ("to", text(to))],
            Self::FindingDuplicate { headline } | Self::FindingPlaceholder { headline } => {
                vec![("headline", text(headline))]
            }
            Self::FindingEmptySection { title } => vec![("title", text(title))],
            Self::FindingBidiHint { text: name } => vec![("text", text(name))],
            Self::FindingMisspelled { word } => vec![("word", text(word))],
            Self::FindingOverTarget { stats, target } => {
                vec![("stats", text(stats)), ("target", Arg::Count(*target))]
            }
            Self::PickPlace { number, field } => vec![
                ("number", Arg::Count(*number)),
                ("field", Arg::Text(Cow::Borrowed(tr(*field)))),
            ],
        }
    }

    /// One of each kind, for the tests that hold the code and the files together.
    #[cfg(test)]
    pub fn samples() -> Vec<Text<'static>> {
        let s = |v: &'static str| Cow::Borrowed(v);
        vec![
            Text::InboxHeading { count: 4 },
            Text::StoryCount { count: 4 },
            Text::WordCount { count: 283 },
            Text::ReadingMinutes { count: 3 },
            Text::ReadingStats {
                words: 312,
                minutes: 3,
            },
            Text::ResultCount { count: 12 },
            Text::MisspellingCount { count: 3 },
            Text::FeaturedIn {
                number: 54,
                date: s("2026-11-27"),
            },
            Text::FeaturedAlso {
                issues: s("#12, #13"),
            },
            Text::ThisIssueNumber { number: 54 },
            Text::IssueNumberDate {
                number: 54,
                date: s("2026-11-27"),
            },
            Text::SectionNumber { number: 2 },
            Text::PickIntoSection { number: 2 },
            Text::ImportFlagNamed { flag: s("flag") },
            Text::IsolateNamed { name: s("OpenAI") },
            Text::ImportedCount {
                count: 4,
                from: s("feed.xml"),
            },
            Text::AlreadyCollectedCount { count: 3 },
            Text::SavedTo { path: s("/a") },
            Text::ExportedTo { path: s("/a") },
            Text::OpeningFile { path: s("/a") },
            Text::NoSuchFileAt { path: s("/a") },
            Text::CannotImportFile { path: s("/a") },
            Text::ExportRefusedBecause { reason: s("r") },
            Text::FailedBecause {
                what: Msg::SaveFailed,
                error: s("e"),
            },
            Text::ReadOnlyLockedBy {
                pid: 1234,
                host: s("laptop"),
            },
            Text::DamagedBodyPath { path: s("/a") },
            Text::ReplaceBodyPath { path: s("/a") },
            Text::RecoverBodyWhen {
                when: s("14:02"),
                what: s("/a"),
            },
            Text::WindowTitle { name: s("54") },
            Text::VersionLine {
                version: s("0.1.0"),
            },
            Text::PreflightLeft { count: 3 },
            Text::LinksChecking { done: 4, total: 12 },
            Text::FindingBrokenLink {
                url: s("https://ft.com/x"),
                reason: s("404"),
            },
            Text::LinkStatus { status: s("404") },
            Text::LinkTls {
                detail: s("expired"),
            },
            Text::LinkNetwork {
                detail: s("refused"),
            },
            Text::FindingLinkMoved {
                url: s("https://a"),
                to: s("https://b"),
            },
            Text::FindingDuplicate { headline: s("h") },
            Text::FindingEmptySection { title: s("t") },
            Text::FindingPlaceholder { headline: s("TK") },
            Text::FindingBidiHint {
                text: s("OpenAI 13"),
            },
            Text::FindingMisspelled { word: s("w") },
            Text::FindingOverTarget {
                stats: s("1240 words"),
                target: 1000,
            },
            Text::PickPlace {
                number: 3,
                field: Msg::Commentary,
            },
        ]
    }
}

/// The message `text` in the interface's language, with its values.
pub fn text(text: &Text<'_>) -> String {
    i18n::format(text.id(), &text.args())
}

/// The name of an issue status, in the interface's language.
pub fn status_name(status: crate::model::Status) -> &'static str {
    use crate::model::Status;
    tr(match status {
        Status::Draft => Msg::Draft,
        Status::Ready => Msg::Ready,
        Status::Published => Msg::Published,
    })
}

impl Msg {
    /// What a text field is called in its label ("Headline", "Commentary").
    pub fn of_field(field: crate::model::TextField) -> Self {
        use crate::model::{StoryText, TextField};
        match field {
            TextField::IssueTitle => Self::Title,
            TextField::Intro => Self::Introduction,
            TextField::SectionTitle(_) => Self::SectionTitleField,
            TextField::Commentary(_) => Self::Commentary,
            TextField::Story(_, which) => match which {
                StoryText::Headline => Self::Headline,
                StoryText::Excerpt => Self::Excerpt,
                StoryText::Source => Self::Source,
                StoryText::Url => Self::Url,
                StoryText::Author => Self::Author,
                StoryText::Tags => Self::Tags,
            },
        }
    }
}
