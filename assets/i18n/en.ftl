### Nashra: the interface messages in English (the source language).
### Every message id is the kebab-case name of a variant of `Msg` in src/strings.rs;
### the messages with variables replace the strings that the code used to assemble.
### ar.ftl has the same ids, in the same order.


## The application

# Product name.
app-name = Nashra
# The window title: the issue's name (with * in front while unsaved) and the product.
window-title = { $name } — Nashra

## Menus and their actions

# "File" menu.
menu-file = File
# "Edit" menu.
menu-edit = Edit
# "View" menu.
menu-view = View
# "Stories" menu.
menu-stories = Stories
# "Help" menu.
menu-help = Help
# Action: new issue.
new = New issue
# Action: open an issue.
open = Open…
# Action: save.
save = Save
# Action: save under another name.
save-as = Save as…
# Action: export.
export = Export…
# Action: copy the HTML email.
copy-html = Copy HTML
# Action: quit.
quit = Quit
# Action: undo.
undo = Undo
# Action: redo.
redo = Redo
# Action: cut the selection.
cut = Cut
# Action: copy the selection.
copy = Copy
# Action: paste.
paste = Paste
# Action: select all the text of the field.
select-all = Select all
# Action: show formatting marks.
show-marks = Show formatting marks
# Action: zoom in.
zoom-in = Zoom in
# Action: zoom out.
zoom-out = Zoom out
# Action: normal size.
zoom-reset = Normal size
# Action: light theme (a check mark when on).
light-theme = Light theme
# The bundled dictionaries could not be read: spelling is not checked.
dictionaries-failed = Spelling is not checked: the dictionaries could not be read
# The personal dictionary (dictionary.txt in the library) could not be read.
dictionary-unreadable = Could not read the personal dictionary
# A word could not be added to the personal dictionary.
dictionary-failed = Could not add the word to the personal dictionary
# Action: check the whole issue's spelling and list what is found.
check-issue-spelling = Check the issue's spelling
# Action: go to the next misspelling of the issue.
next-misspelling = Next misspelling
# Action: go to the previous misspelling of the issue.
previous-misspelling = Previous misspelling
# A section's title, as a field named in a list.
section-title-field = Section title
# Title of the list of the issue's misspellings.
misspellings-title = Misspellings in this issue
# A number of misspelled words.
misspelling-count =
    { $count ->
        [0] No misspellings
        [one] { $count } misspelling
       *[other] { $count } misspellings
    }
# Action: open the spelling menu of the word at the caret.
spelling-suggestions = Spelling suggestions
# Why spelling suggestions cannot be shown: spelling is off or not loaded yet.
why-no-spelling = Spelling is not being checked
# Why spelling suggestions cannot be shown: the caret is not on a misspelled word.
why-no-misspelling = The caret is not on a misspelled word
# Spelling menu: leave the word alone in this issue (kept in the issue file).
ignore-in-issue = Ignore in this issue
# Spelling menu: add the word to the personal dictionary.
add-to-dictionary = Add to dictionary
# Spelling menu: suggestions are being worked out.
finding-suggestions = Looking for suggestions…
# Spelling menu: the dictionary has no suggestion.
no-suggestions = No suggestions
# Switch: misspelled words are underlined as she types.
check-spelling = Check spelling as I type
# Action: the interface in Arabic (named in Arabic, as a language is named in its own language).
interface-arabic = الواجهة بالعربية
# Action: the interface in English.
interface-english = Interface in English
# Switch: the interface's numbers, and the exports' dates and counts, in Arabic-Indic digits.
arabic-indic-digits = Arabic-Indic digits (٠١٢٣)
# Switch: the month names of the Levant (كانون الثاني) rather than of Egypt and the Gulf (يناير).
levant-months = Levantine month names (كانون الثاني)

## Text direction and bidi hints

# Label of the paragraph direction control.
paragraph-direction = Paragraph:
# Direction: automatic.
direction-auto = Auto
# Direction: right to left.
direction-rtl = Right to left
# Direction: left to right.
direction-ltr = Left to right
# Action: the caret's paragraph reads right to left.
paragraph-rtl = Paragraph right to left
# Action: the caret's paragraph reads left to right.
paragraph-ltr = Paragraph left to right
# Action: the caret's paragraph takes the direction of most of its words.
paragraph-auto = Paragraph direction: auto
# The direction chord with the right Shift key.
chord-right-shift = Ctrl+Right Shift
# The direction chord with the left Shift key.
chord-left-shift = Ctrl+Left Shift
# Button: insert a right-to-left mark.
insert-rlm = Insert RLM
# Button: insert a left-to-right mark.
insert-lrm = Insert LRM
# Button: isolate the Latin run at the caret.
isolate-latin = Isolate Latin run
# Tooltip of the isolate button.
isolate-latin-hint = Wrap the Latin words at the caret in an isolate, so a number after them stays on the Arabic side (“OpenAI 13 مليار”).
# What a bidi hint means.
bidi-hint-explain = An Arabic reader sees this number beside the Latin name, not with the words after it.
# Button of a bidi hint: isolate the Latin name $name.
isolate-named = Isolate «{ $name }»
# Button: dismiss the bidi hints of a paragraph.
dismiss-hint = It reads fine here

## Issue fields, sections and picks

# Label: issue number.
number = Number
# Label: title.
title = Title
# Label: date.
date = Date
# Hint under a date field.
date-hint = YYYY-MM-DD
# Under a date field holding something that is not a date.
invalid-date = Not a date yet: write year-month-day, e.g. 2026-12-04
# The issue number typed is not a number yet.
invalid-number = Not a number yet: type the issue's number, e.g. 54
# Label: status.
status = Status
# Status value.
draft = Draft
# Status value.
ready = Ready
# Status value.
published = Published
# Label: the issue's language.
language = Language
# Language name: Arabic.
language-arabic = العربية
# Language name: English.
language-english = English
# Label: introduction.
introduction = Introduction
# Label of the section numbered $number (from 1).
section-number = Section { $number }
# Placeholder for an untitled section.
untitled-section = (untitled section)
# Button: add a section.
add-section = Add section
# Button: remove the section.
remove-section = Remove section
# Move the section up.
section-up = Section up
# Move the section down.
section-down = Section down
# Label: headline.
headline = Headline
# Label: source.
source = Source
# Label: URL.
url = URL
# Label: author.
author = Author
# Label: publication date.
published-on = Published on
# Label: tags.
tags = Tags
# Hint for tags.
tags-hint = comma-separated
# Label: excerpt.
excerpt = Excerpt
# Label: commentary.
commentary = Commentary
# Placeholder for a pick with no headline.
untitled-pick = (no headline)
# Button: add a pick.
add-pick = Add pick
# Outline row: the preview.
preview = Preview
# Word count.
word-count =
    { $count ->
        [one] { $count } word
       *[other] { $count } words
    }
# Reading time in whole minutes, rounded up (0 only when there are no words).
reading-minutes =
    { $count ->
        [one] { $count } min read
       *[other] { $count } min read
    }
# Words and reading time of a pick or an issue, e.g. "312 words · 3 min read".
reading-stats =
    { $words ->
        [one] { $words } word
       *[other] { $words } words
    } · { $minutes ->
        [one] { $minutes } min read
       *[other] { $minutes } min read
    }

## Dialogs and path prompts

# Title of the unsaved-changes dialog.
unsaved-title = Unsaved changes
# Body of the unsaved-changes dialog.
unsaved-body = This issue has changes that are not saved. Save them first?
# Button: discard changes.
discard = Discard
# Button: cancel.
cancel = Cancel
# Button: confirm a path.
confirm = OK
# Title of the path prompt when opening.
prompt-open-title = Open an issue file
# Title of the path prompt when saving.
prompt-save-title = Save the issue as
# Title of the path prompt when exporting.
prompt-export-title = Export the issue as (.html, .md or .txt)
# Path prompt title: library.
prompt-library-title = Library folder
# Path prompt title: feed file.
prompt-feed-title = Import a feed file
# Path prompt title: URL.
prompt-url-title = Import from a web address
# Body of the path prompt.
prompt-body = No file dialog is available here. Type the file's path:
# The path prompt's question, for a folder.
prompt-folder-body = No folder dialog is available here. Type the folder's path:
# Path prompt body: URL.
prompt-url-body = The address of a feed (RSS or Atom) or of a page:
# Filter name in file dialogs.
issue-files = Nashra issues
# Filter name in the export dialog.
export-files = HTML email, Markdown or text
# Filter name of feed files.
feed-files = RSS and Atom feeds
# Title of the "replace the existing export?" dialog.
replace-title = Replace the file?
# Question of the replace dialog: the export's $path already exists.
replace-body-path = { $path } already exists. Replace it with this export?
# Button: replace the file.
replace = Replace
# Title of the changed-on-disk dialog.
changed-on-disk-title = The file changed on disk
# Body of the changed-on-disk dialog.
changed-on-disk-body = Someone (or another program) changed this issue's file, or the library's inbox, since Nashra loaded or saved it. Overwrite their version, save yours elsewhere, or reload theirs?
# Button: overwrite the file on disk.
overwrite = Overwrite
# Button: reload the file from disk.
reload = Reload
# Title of the recovery dialog.
recover-title = Recover unsaved work?
# The file of a never-saved issue, in the recovery dialog.
recover-new-issue = an issue not saved yet
# Body of the recovery dialog: the copy was kept at time $when; $what is its file, or recover-new-issue.
recover-body-when = Nashra closed without saving. A copy of your work was kept at { $when }: { $what }
# Button: recover.
recover = Recover
# Button: open the saved version.
open-saved = Open the saved version
# Title of the damaged-file dialog.
damaged-title = The issue file is damaged
# Body of the damaged-file dialog, with the damaged file's $path.
damaged-body-path = It was not changed. Its previous version (.bak) can be opened instead; saving it then replaces the damaged file, which is kept as .bak: { $path }
# Button: open the backup.
open-backup = Open the backup

## Status bar, banners and notices

# Status: saved.
saved = Saved
# Notice: the issue was saved to $path.
saved-to = Saved: { $path }
# Status: unsaved changes.
unsaved = Unsaved changes
# Label for a file that has not been saved yet.
not-saved-yet = not saved yet
# Status: the sample issue is open (it is saved elsewhere).
sample-notice = This is the sample issue. “Save as…” keeps a copy of your own.
# Where the sample issue comes from.
sample-origin = bundled sample
# Status: opened read-only because the file is from a newer version.
read-only-newer = Read-only: this file was written by a newer Nashra. Use “Save as…” to keep a copy.
# Banner: another Nashra (process $pid on the computer $host) has the file open.
read-only-locked-by = Read-only: another Nashra has this file open (process { $pid }, { $host }). “Save as…” keeps a copy of your own.
# Error prefix for a failed open.
open-failed = Could not open the issue
# Error prefix for a failed save.
save-failed = Could not save; the file on disk is unchanged
# Error prefix for a failed export.
export-failed = Could not export
# A library folder could not be opened.
library-failed = Could not open the library
# An import failed.
import-failed = Could not import
# Joins a failure ($what: open-failed, save-failed, export-failed, import-failed, library-failed, inbox-unreadable) and the error text ($error).
failed-because = { $what }. { $error }
# Button: dismiss a message.
dismiss = Dismiss
# Notice: the issue was exported to $path.
exported-to = Exported: { $path }
# Notice: an issue file is being read (a big one takes a moment).
opening-file = Opening { $path }…
# Status: HTML copied.
html-copied = The HTML email is on the clipboard
# Warning after an export: these sections have no stories.
empty-sections-exported = Sections with no stories, exported as a bare heading
# An export path was refused; $reason says why (an issue file, a wrong extension).
export-refused-because = Not exported: { $reason }
# There is no file at $path.
no-such-file-at = There is no file at this path: { $path }
# A dropped file of an unknown kind, at $path.
cannot-import-file = Nashra cannot import this kind of file: { $path }
# Notice: $count stories were imported from $from (a file or an address).
imported-count =
    { $count ->
        [0] Imported no stories from { $from }
        [one] Imported { $count } story from { $from }
       *[other] Imported { $count } stories from { $from }
    }
# Notice: $count of the collected stories were already on the desk and were merged into the stories there.
already-collected-count =
    { $count ->
        [one] { $count } story was already collected; it was merged into the story there
       *[other] { $count } stories were already collected; each was merged into the story there
    }
# The editor cancelled an import.
import-cancelled = Import cancelled
# The inbox file is damaged; it is kept as it is.
inbox-unreadable = The inbox file could not be read; it is left as it is and not saved over until it is fixed

## Inbox and moving stories

# The inbox panel.
inbox = Inbox
# Heading of the inbox panel, with the number of stories in it.
inbox-heading = Inbox ({ $count })
# A number of stories.
story-count =
    { $count ->
        [0] no stories
        [one] { $count } story
       *[other] { $count } stories
    }
# Shown when no library is open.
no-library-hint = Choose a library folder to collect stories: Nashra keeps your issues and your inbox there.
# Choose the library folder.
choose-library = Choose library folder…
# Add a story by hand.
add-story = Add story
# Paste the clipboard as stories.
paste-story = Paste story
# Import a feed file.
import-feed = Import feed file…
# Import from a URL.
import-url = Import from address…
# An import is running.
importing = Importing…
# The inbox has nothing.
inbox-empty = Nothing collected yet. Paste a link or an article here (Ctrl+V), drop files, or import a feed.
# Badge (Msg::FeaturedIn): the story's link was featured in issue $number, dated $date (the earliest such issue).
featured-in = Featured in issue #{ $number } ({ $date })
# Follows featured-in when later issues featured the link too; $issues is the formatted list of them.
featured-also = , also { $issues }
# A story changed by its import.
import-flag = Changed on import
# A story was changed by its import; $flag says how.
import-flag-named = Changed on import: { $flag }
# An inbox story's link is already picked in the open issue.
already-in-issue = Already in this issue
# Where the story is: the inbox.
in-inbox = In the inbox
# Pick the selected story.
pick-story = Pick into the issue
# Button: pick the inbox story into section $number (from 1).
pick-into-section = Pick into { $number }
# Send the pick back.
send-to-inbox = Send back to the inbox
# Delete the selected story.
delete-story = Delete story
# Move the pick up.
move-up = Move up
# Move the pick down.
move-down = Move down
# Move to the section before.
move-to-previous-section = Move to the section before
# Move to the section after.
move-to-next-section = Move to the section after
# Move to the top.
move-to-top = Move to the top

## Library

# The library view.
library = Library
# The library has no issues.
library-empty = No issues in this folder yet. Save an issue here to start the archive.
# Issue files that could not be read.
unreadable-issues = These files could not be read:
# Shown while the library's issues are being read.
reading-library = Reading the library's issues…

## Search

# The search view.
search = Search
# Search view label.
search-hint = Search the inbox and every issue of the library
# Search pane hint.
search-placeholder = Headline, source, excerpt or commentary
# Search results group: the open issue, numbered $number.
this-issue-number = This issue #{ $number }
# Search results group: another issue, numbered $number, dated $date.
issue-number-date = Issue #{ $number } ({ $date })
# A number of search results.
result-count =
    { $count ->
        [0] no results
        [one] { $count } result
       *[other] { $count } results
    }

## Help: command palette, shortcuts and About

# Action: the command palette.
command-palette = Find an action…
# Placeholder of the command palette.
palette-hint = Type to find an action
# When no action matches the palette's text.
palette-no-match = No action has that name
# Action and window: the list of shortcuts.
keyboard-shortcuts = Keyboard shortcuts
# Action and window: about Nashra.
about = About Nashra
# What Nashra is, in About.
about-line = A newsletter editor for Arabic text with Latin names, numbers and links.
# The version line in About.
version-line = Version { $version }
# Heading in About: the bundled fonts.
fonts-and-licences = Fonts, and their licences

## Why an action is unavailable (shown beside a greyed-out action)

# Why an action is unavailable: the issue is read-only.
why-read-only = The issue is open read-only
# Why undo is unavailable.
why-nothing-to-undo = Nothing to undo
# Why redo is unavailable.
why-nothing-to-redo = Nothing to redo
# Why an action is unavailable: a file dialog is open.
why-dialog-open = A file dialog is open
# Why an action is unavailable: no library folder.
why-no-library = Choose a library folder first (File menu)
# Why saving is unavailable: a save is being written.
why-saving = A save is being written
# Why an action is unavailable: an import is running.
why-importing = An import is running
# Why picking is unavailable.
why-no-inbox-story = Select a story in the inbox first
# Why a move is unavailable.
why-no-pick = Select a picked story first
# Why deleting is unavailable.
why-no-story = Select a story first
# Why a text action is unavailable.
why-no-field = Put the caret in a text field first
# Why cut or copy is unavailable.
why-no-selection = Nothing is selected
# Why bold, italic or a link is unavailable: the field is a one-line field.
why-not-prose = Links and emphasis go in the introduction, excerpts and commentaries
# Help, under the Edit menu's shortcuts: what bold, italic and links do.
help-formatting = Bold, italic and links go on words of the introduction, excerpts and commentaries, and reach readers as they are. Arabic has no italic face: an italic Arabic word is drawn upright and still goes out as emphasis. Typing at the end of a link or a bold word is plain text; typing inside it joins it. Ctrl+click opens a link.
# Action: make the selected words bold.
bold = Bold
# Action: make the selected words italic (Arabic stays upright).
italic = Italic
# Action: put a link on the selected words, or edit the link at the caret.
link-action = Link…
# Action: paste the clipboard's text without its formatting.
paste-plain = Paste as plain text
# The link editor's title.
link-editor-title = Link
# The link editor's field label: the address.
link-address = Address (https://… or mailto:…)
# The link editor's button: put the link on the words.
link-apply = Apply
# The link editor's button: take the link off the words, keeping the words.
link-remove = Remove link
# The link editor's button: open the address in the browser.
link-open = Open in browser
# Refusal: the typed address is not a web or mail address.
link-address-invalid = That is not an address readers can follow: it must start with https://, http:// or mailto:
# Why isolating is unavailable.
why-no-latin-run = The caret is not in a Latin name or number
# Why marks cannot be inserted here.
why-no-marks = Marks are not typed into tags or links
# Why a link has no direction.
why-no-direction = A link always reads left to right
# Why setting a direction would do nothing.
why-already-that-way = The paragraph already reads that way
# Button: close a window.
close = Close
# Between the items of a list written in a line.
list-separator = { ", " }

## The pre-flight check and the library's settings.
# Action: check whether the issue is ready to send.
check-issue = Check issue…
# Action and window title: the library's settings.
library-settings = Library settings…
# Error: the library's settings could not be written.
library-settings-not-saved = The library settings were not saved
# Title of the library settings window.
library-settings-title = Library settings
# Error: library.ron could not be read; defaults are used, the file is kept.
library-settings-unreadable = The library settings (library.ron) could not be read; the defaults are used and the file is left as it is
# Status: the check found nothing left.
issue-ready = Nothing left to look at: the issue is ready to send
# Status: the finding clicked was fixed meanwhile.
finding-gone = Already fixed
# Title of the pre-flight panel.
preflight-title = Is this issue ready?
# Button: run the check again.
check-again = Check again
# Button: replace a moved link by its new address.
use-new-address = Use the new address
# The issue was edited after the check ran.
issue-changed-since-check = The issue changed since this check
# Finding: the introduction is empty.
finding-empty-intro = The introduction is empty
# Finding: a pick has no headline.
finding-empty-headline = No headline
# Finding: a pick has no commentary.
finding-no-commentary = No commentary
# Why a link is broken: no answer in time.
link-timeout = no answer in time
# Why a link is broken: redirects in a loop or too many.
link-too-many-redirects = its redirects go round in circles or on too long
# Why a link is broken: not a web address (ft.com/x, ftp:, tel:, text), so an email cannot
# carry it as a link.
link-not-web = not a web address (a link starts with https:// or www.)
# Why a link is broken: the server's name is not known.
link-host-not-found = the server's name was not found
# Why a link is broken: the server refused the connection.
link-refused = the server refused the connection
# Why a link is broken: the server closed the connection without answering.
link-closed = the server closed the connection without answering
# Where a finding is: the issue as a whole.
whole-issue = The issue
# The check found nothing.
nothing-found = Nothing to look at
# Label: the length the editor aims at, in words (empty: none).
word-target = Target length (words)
# Switch: add campaign tags to exported links.
utm-tagging = Add campaign tags (UTM) to exported links
# Label: utm_source.
utm-source = Source (utm_source)
# Label: utm_medium.
utm-medium = Medium (utm_medium)
# Label: utm_campaign; {number} stands for the issue's number.
utm-campaign = Campaign (utm_campaign; { "{number}" } is the issue's number)
# Note under the tags: which links get them.
utm-note = Tags go on story links only, never on mailto: links or links that already carry utm_ tags.
# "3 things to look at before sending"
preflight-left =
    { $count ->
        [one] One thing to look at before sending
       *[other] { $count } things to look at before sending
    }
# "Checking links: 4 of 12"
links-checking = Checking links: { $done } of { $total }
# "Broken link https://…: the server answered 404"
finding-broken-link = Broken link { $url }: { $reason }
# "the server answered 404"
link-status = the server answered { $status }
# "the secure connection failed (…)"
link-tls = the secure connection failed ({ $detail })
# "the server could not be reached (…)"
link-network = the server could not be reached ({ $detail })
# "https://a has moved to https://b"
finding-link-moved = { $url } has moved to { $to }
# "Same link as «headline» in this issue"
finding-duplicate = Same link as «{ $headline }» in this issue
# "Section «title» has no picks"
finding-empty-section = Section «{ $title }» has no picks
# "«TK» is a placeholder headline"
finding-placeholder = «{ $headline }» is a placeholder headline
# "«OpenAI 13»: the number shows on the wrong side of the name"
finding-bidi-hint = «{ $text }»: the number shows on the wrong side of the name
# "Misspelled: word"
finding-misspelled = Misspelled: { $word }
# "1,240 words · 6 min read, over the target of 1,000 words"
finding-over-target =
    { $stats }, over the target of { $target ->
        [one] { $target } word
       *[other] { $target } words
    }
# "Pick 3 · Commentary"
pick-place = Pick { $number } · { $field }
