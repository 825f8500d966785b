### Nashra: the interface messages in Arabic (ar), Modern Standard Arabic.
### Same ids, in the same order, as en.ftl (the source); see there for the English.
### Latin technical terms (HTML, RSS, Atom, Markdown, RLM, LRM, key names) stay Latin.
### Counts have the six CLDR plural forms of Arabic: zero, one, two, few (3-10),
### many (11-99) and other (100, 101, 102...).


## The application

# Product name.
app-name = نشرة
# The window title: the issue's name (with * in front while unsaved) and the product.
window-title = { $name } — نشرة

## Menus and their actions

# "File" menu.
menu-file = ملف
# "Edit" menu.
menu-edit = تحرير
# "View" menu.
menu-view = عرض
# "Stories" menu.
menu-stories = القصص
# "Help" menu.
menu-help = مساعدة
# Action: new issue.
new = عدد جديد
# Action: open an issue.
open = فتح…
# Action: save.
save = حفظ
# Action: save under another name.
save-as = حفظ باسم…
# Action: export.
export = تصدير…
# Action: copy the HTML email.
copy-html = نسخ HTML
# Action: quit.
quit = إنهاء
# Action: undo.
undo = تراجع
# Action: redo.
redo = إعادة
# Action: cut the selection.
cut = قص
# Action: copy the selection.
copy = نسخ
# Action: paste.
paste = لصق
# Action: select all the text of the field.
select-all = تحديد الكل
# Action: show formatting marks.
show-marks = إظهار علامات التنسيق
# Action: zoom in.
zoom-in = تكبير
# Action: zoom out.
zoom-out = تصغير
# Action: normal size.
zoom-reset = الحجم العادي
# Action: light theme (a check mark when on).
light-theme = المظهر الفاتح
# The bundled dictionaries could not be read: spelling is not checked.
dictionaries-failed = لا تدقيق إملائيًا: تعذرت قراءة القواميس
# The personal dictionary (dictionary.txt in the library) could not be read.
dictionary-unreadable = تعذرت قراءة القاموس الشخصي
# A word could not be added to the personal dictionary.
dictionary-failed = تعذرت إضافة الكلمة إلى القاموس الشخصي
# Action: check the whole issue's spelling and list what is found.
check-issue-spelling = تدقيق إملاء العدد كله
# Action: go to the next misspelling of the issue.
next-misspelling = الخطأ الإملائي التالي
# Action: go to the previous misspelling of the issue.
previous-misspelling = الخطأ الإملائي السابق
# A section's title, as a field named in a list.
section-title-field = عنوان القسم
# Title of the list of the issue's misspellings.
misspellings-title = الأخطاء الإملائية في هذا العدد
# A number of misspelled words.
misspelling-count =
    { $count ->
        [zero] لا أخطاء إملائية
        [one] خطأ إملائي واحد
        [two] خطآن إملائيان
        [few] { $count } أخطاء إملائية
        [many] { $count } خطأً إملائيًا
       *[other] { $count } خطأ إملائي
    }
# Action: open the spelling menu of the word at the caret.
spelling-suggestions = اقتراحات الإملاء
# Why spelling suggestions cannot be shown: spelling is off or not loaded yet.
why-no-spelling = التدقيق الإملائي غير مفعّل
# Why spelling suggestions cannot be shown: the caret is not on a misspelled word.
why-no-misspelling = المؤشر ليس على كلمة خاطئة الإملاء
# Spelling menu: leave the word alone in this issue (kept in the issue file).
ignore-in-issue = تجاهل في هذا العدد
# Spelling menu: add the word to the personal dictionary.
add-to-dictionary = إضافة إلى القاموس
# Spelling menu: suggestions are being worked out.
finding-suggestions = جارٍ البحث عن اقتراحات…
# Spelling menu: the dictionary has no suggestion.
no-suggestions = لا اقتراحات
# Switch: misspelled words are underlined as she types.
check-spelling = التدقيق الإملائي أثناء الكتابة
# Action: the interface in Arabic (named in Arabic, as a language is named in its own language).
interface-arabic = الواجهة بالعربية
# Action: the interface in English.
interface-english = Interface in English
# Switch: the interface's numbers, and the exports' dates and counts, in Arabic-Indic digits.
arabic-indic-digits = الأرقام الهندية (٠١٢٣)
# Switch: the month names of the Levant (كانون الثاني) rather than of Egypt and the Gulf (يناير).
levant-months = أسماء الأشهر الشامية (كانون الثاني)

## Text direction and bidi hints

# Label of the paragraph direction control.
paragraph-direction = الفقرة:
# Direction: automatic.
direction-auto = تلقائي
# Direction: right to left.
direction-rtl = من اليمين إلى اليسار
# Direction: left to right.
direction-ltr = من اليسار إلى اليمين
# Action: the caret's paragraph reads right to left.
paragraph-rtl = الفقرة من اليمين إلى اليسار
# Action: the caret's paragraph reads left to right.
paragraph-ltr = الفقرة من اليسار إلى اليمين
# Action: the caret's paragraph takes the direction of most of its words.
paragraph-auto = اتجاه الفقرة: تلقائي
# The direction chord with the right Shift key.
chord-right-shift = Ctrl+Shift الأيمن
# The direction chord with the left Shift key.
chord-left-shift = Ctrl+Shift الأيسر
# Button: insert a right-to-left mark.
insert-rlm = إدراج RLM
# Button: insert a left-to-right mark.
insert-lrm = إدراج LRM
# Button: isolate the Latin run at the caret.
isolate-latin = عزل المقطع اللاتيني
# Tooltip of the isolate button.
isolate-latin-hint = يحيط الكلمات اللاتينية عند المؤشر بعازل اتجاه، كي يبقى الرقم الذي يليها في الجانب العربي («OpenAI 13 مليار»).
# What a bidi hint means.
bidi-hint-explain = يرى القارئ العربي هذا الرقم ملاصقا للاسم اللاتيني، لا مع الكلمات التي تليه.
# Button of a bidi hint: isolate the Latin name $name.
isolate-named = عزل «{ $name }»
# Button: dismiss the bidi hints of a paragraph.
dismiss-hint = لا مشكلة هنا

## Issue fields, sections and picks

# Label: issue number.
number = الرقم
# Label: title.
title = عنوان العدد
# Label: date.
date = التاريخ
# Hint under a date field.
date-hint = سنة-شهر-يوم
# Under a date field holding something that is not a date.
invalid-date = هذا ليس تاريخا بعد: اكتبه بصيغة سنة-شهر-يوم، مثل 2026-12-04
# The issue number typed is not a number yet.
invalid-number = ليس رقمًا بعد: اكتب رقم العدد، مثل 54
# Label: status.
status = الحالة
# Status value.
draft = مسودة
# Status value.
ready = جاهز
# Status value.
published = منشور
# Label: the issue's language.
language = اللغة
# Language name: Arabic.
language-arabic = العربية
# Language name: English.
language-english = English
# Label: introduction.
introduction = المقدمة
# Label of the section numbered $number (from 1).
section-number = القسم { $number }
# Placeholder for an untitled section.
untitled-section = (قسم بلا عنوان)
# Button: add a section.
add-section = إضافة قسم
# Button: remove the section.
remove-section = إزالة القسم
# Move the section up.
section-up = نقل القسم لأعلى
# Move the section down.
section-down = نقل القسم لأسفل
# Label: headline.
headline = العنوان
# Label: source.
source = المصدر
# Label: URL.
url = الرابط
# Label: author.
author = الكاتب
# Label: publication date.
published-on = تاريخ النشر
# Label: tags.
tags = الوسوم
# Hint for tags.
tags-hint = مفصولة بفواصل
# Label: excerpt.
excerpt = المقتطف
# Label: commentary.
commentary = التعليق
# Placeholder for a pick with no headline.
untitled-pick = (بلا عنوان)
# Button: add a pick.
add-pick = إضافة قصة مختارة
# Outline row: the preview.
preview = معاينة
# Word count.
word-count =
    { $count ->
        [zero] لا كلمات
        [one] كلمة واحدة
        [two] كلمتان
        [few] { $count } كلمات
        [many] { $count } كلمة
       *[other] { $count } كلمة
    }
# Reading time in whole minutes, rounded up (0 only when there are no words).
reading-minutes =
    { $count ->
        [zero] مدة القراءة أقل من دقيقة
        [one] مدة القراءة دقيقة واحدة
        [two] مدة القراءة دقيقتان
        [few] مدة القراءة { $count } دقائق
        [many] مدة القراءة { $count } دقيقة
       *[other] مدة القراءة { $count } دقيقة
    }
# Words and reading time of a pick or an issue, e.g. "312 words · 3 min read".
reading-stats =
    { $words ->
        [zero] لا كلمات
        [one] كلمة واحدة
        [two] كلمتان
        [few] { $words } كلمات
        [many] { $words } كلمة
       *[other] { $words } كلمة
    } · مدة القراءة { $minutes ->
        [zero] أقل من دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }

## Dialogs and path prompts

# Title of the unsaved-changes dialog.
unsaved-title = تغييرات غير محفوظة
# Body of the unsaved-changes dialog.
unsaved-body = في هذا العدد تغييرات غير محفوظة. هل تريد حفظها أولا؟
# Button: discard changes.
discard = تجاهل
# Button: cancel.
cancel = إلغاء
# Button: confirm a path.
confirm = موافق
# Title of the path prompt when opening.
prompt-open-title = فتح ملف عدد
# Title of the path prompt when saving.
prompt-save-title = حفظ العدد باسم
# Title of the path prompt when exporting.
prompt-export-title = تصدير العدد باسم (بالامتداد html أو md أو txt)
# Path prompt title: library.
prompt-library-title = مجلد الأرشيف
# Path prompt title: feed file.
prompt-feed-title = استيراد ملف موجز
# Path prompt title: URL.
prompt-url-title = استيراد من عنوان ويب
# Body of the path prompt.
prompt-body = لا تتوفر هنا نافذة لاختيار الملفات. اكتب مسار الملف:
# The path prompt's question, for a folder.
prompt-folder-body = لا تتوفر هنا نافذة لاختيار المجلدات. اكتب مسار المجلد:
# Path prompt body: URL.
prompt-url-body = عنوان موجز (RSS أو Atom) أو عنوان صفحة:
# Filter name in file dialogs.
issue-files = أعداد نشرة
# Filter name in the export dialog.
export-files = رسالة بريد HTML أو Markdown أو نص عادي
# Filter name of feed files.
feed-files = موجزات RSS وAtom
# Title of the "replace the existing export?" dialog.
replace-title = استبدال الملف؟
# Question of the replace dialog: the export's $path already exists.
replace-body-path = الملف { $path } موجود بالفعل. هل تريد استبداله بهذا التصدير؟
# Button: replace the file.
replace = استبدال
# Title of the changed-on-disk dialog.
changed-on-disk-title = تغير الملف على القرص
# Body of the changed-on-disk dialog.
changed-on-disk-body = أجرى شخص ما (أو برنامج آخر) تغييرات على ملف هذا العدد، أو على ملف الوارد في الأرشيف، منذ أن فتحه البرنامج أو حفظه. هل تريد الكتابة فوق نسختهم، أم حفظ نسختك في مكان آخر، أم إعادة تحميل نسختهم؟
# Button: overwrite the file on disk.
overwrite = الكتابة فوق الملف
# Button: reload the file from disk.
reload = إعادة التحميل
# Title of the recovery dialog.
recover-title = استعادة العمل غير المحفوظ؟
# The file of a never-saved issue, in the recovery dialog.
recover-new-issue = عدد غير محفوظ بعد
# Body of the recovery dialog: the copy was kept at time $when; $what is its file, or recover-new-issue.
recover-body-when = توقف البرنامج دون حفظ، لكنه احتفظ بنسخة من عملك في الساعة { $when }: { $what }
# Button: recover.
recover = استعادة
# Button: open the saved version.
open-saved = فتح النسخة المحفوظة
# Title of the damaged-file dialog.
damaged-title = ملف العدد تالف
# Body of the damaged-file dialog, with the damaged file's $path.
damaged-body-path = لم يطرأ أي تغيير على الملف. يمكنك فتح نسخته السابقة (بامتداد bak) بدلا منه؛ فإذا حفظتها حلت محل الملف التالف، الذي يبقى محفوظا بامتداد bak: { $path }
# Button: open the backup.
open-backup = فتح النسخة الاحتياطية

## Status bar, banners and notices

# Status: saved.
saved = محفوظ
# Notice: the issue was saved to $path.
saved-to = تم الحفظ في { $path }
# Status: unsaved changes.
unsaved = تغييرات غير محفوظة
# Label for a file that has not been saved yet.
not-saved-yet = غير محفوظ بعد
# Status: the sample issue is open (it is saved elsewhere).
sample-notice = هذا عدد نموذجي. استخدم «حفظ باسم…» للاحتفاظ بنسخة خاصة بك.
# Where the sample issue comes from.
sample-origin = نموذج مرفق بالبرنامج
# Status: opened read-only because the file is from a newer version.
read-only-newer = للقراءة فقط: حفظ هذا الملف إصدار أحدث من البرنامج. استخدم «حفظ باسم…» للاحتفاظ بنسخة منه.
# Banner: another Nashra (process $pid on the computer $host) has the file open.
read-only-locked-by = للقراءة فقط: هذا الملف مفتوح في جلسة أخرى للبرنامج (العملية { $pid } على { $host }). استخدم «حفظ باسم…» للاحتفاظ بنسخة خاصة بك.
# Error prefix for a failed open.
open-failed = تعذر فتح العدد
# Error prefix for a failed save.
save-failed = تعذر الحفظ؛ لم يتغير الملف على القرص
# Error prefix for a failed export.
export-failed = تعذر التصدير
# A library folder could not be opened.
library-failed = تعذر فتح الأرشيف
# An import failed.
import-failed = تعذر الاستيراد
# Joins a failure ($what: open-failed, save-failed, export-failed, import-failed, library-failed, inbox-unreadable) and the error text ($error).
failed-because = { $what }. { $error }
# Button: dismiss a message.
dismiss = إخفاء
# Notice: the issue was exported to $path.
exported-to = تم التصدير إلى { $path }
# Notice: an issue file is being read (a big one takes a moment).
opening-file = جارٍ فتح { $path }…
# Status: HTML copied.
html-copied = أصبحت رسالة البريد بصيغة HTML في الحافظة
# Warning after an export: these sections have no stories.
empty-sections-exported = أقسام بلا قصص ظهرت في التصدير بعنوانها فقط
# An export path was refused; $reason says why (an issue file, a wrong extension).
export-refused-because = لم يتم التصدير: { $reason }
# There is no file at $path.
no-such-file-at = لا يوجد ملف في هذا المسار: { $path }
# A dropped file of an unknown kind, at $path.
cannot-import-file = لا يستطيع البرنامج استيراد هذا النوع من الملفات: { $path }
# Notice: $count stories were imported from $from (a file or an address).
imported-count =
    { $count ->
        [zero] لم يتم استيراد أي قصة من { $from }
        [one] تم استيراد قصة واحدة من { $from }
        [two] تم استيراد قصتين من { $from }
        [few] تم استيراد { $count } قصص من { $from }
        [many] تم استيراد { $count } قصة من { $from }
       *[other] تم استيراد { $count } قصة من { $from }
    }
# Notice: $count of the collected stories were already on the desk and were merged into the stories there.
already-collected-count =
    { $count ->
        [zero] لا قصص مكررة
        [one] سبق جمع قصة واحدة، وجرى دمجها في نسختها الموجودة
        [two] سبق جمع قصتين، وجرى دمج كل منهما في نسختها الموجودة
        [few] سبق جمع { $count } قصص، وجرى دمج كل منها في نسختها الموجودة
        [many] سبق جمع { $count } قصة، وجرى دمج كل منها في نسختها الموجودة
       *[other] سبق جمع { $count } قصة، وجرى دمج كل منها في نسختها الموجودة
    }
# The editor cancelled an import.
import-cancelled = تم إلغاء الاستيراد
# The inbox file is damaged; it is kept as it is.
inbox-unreadable = تعذرت قراءة ملف الوارد؛ سيبقى كما هو، ولن يكتب البرنامج فوقه حتى يتم إصلاحه

## Inbox and moving stories

# The inbox panel.
inbox = الوارد
# Heading of the inbox panel, with the number of stories in it.
inbox-heading = الوارد ({ $count })
# A number of stories.
story-count =
    { $count ->
        [zero] لا قصص
        [one] قصة واحدة
        [two] قصتان
        [few] { $count } قصص
        [many] { $count } قصة
       *[other] { $count } قصة
    }
# Shown when no library is open.
no-library-hint = اختر مجلد الأرشيف لجمع القصص؛ ففيه يحفظ البرنامج أعدادك وصندوق الوارد.
# Choose the library folder.
choose-library = اختيار مجلد الأرشيف…
# Add a story by hand.
add-story = إضافة قصة
# Paste the clipboard as stories.
paste-story = لصق قصة
# Import a feed file.
import-feed = استيراد ملف موجز…
# Import from a URL.
import-url = استيراد من عنوان ويب…
# An import is running.
importing = جارٍ الاستيراد…
# The inbox has nothing.
inbox-empty = لا شيء في الوارد بعد. الصق هنا رابطا أو مقالا (Ctrl+V)، أو اسحب ملفات وأفلتها هنا، أو استورد موجزا.
# Badge (Msg::FeaturedIn): the story's link was featured in issue $number, dated $date (the earliest such issue).
featured-in = سبق نشرها في العدد { $number } ({ $date })
# Follows featured-in when later issues featured the link too; $issues is the formatted list of them.
featured-also = ، وكذلك في { $issues }
# A story changed by its import.
import-flag = تغيرت عند الاستيراد
# A story was changed by its import; $flag says how.
import-flag-named = تغيرت عند الاستيراد: { $flag }
# An inbox story's link is already picked in the open issue.
already-in-issue = مدرجة في هذا العدد بالفعل
# Where the story is: the inbox.
in-inbox = في الوارد
# Pick the selected story.
pick-story = إضافة إلى العدد
# Button: pick the inbox story into section $number (from 1).
pick-into-section = إضافة إلى القسم { $number }
# Send the pick back.
send-to-inbox = إعادة إلى الوارد
# Delete the selected story.
delete-story = حذف القصة
# Move the pick up.
move-up = نقل لأعلى
# Move the pick down.
move-down = نقل لأسفل
# Move to the section before.
move-to-previous-section = نقل إلى القسم السابق
# Move to the section after.
move-to-next-section = نقل إلى القسم التالي
# Move to the top.
move-to-top = نقل إلى أعلى القسم

## Library

# The library view.
library = الأرشيف
# The library has no issues.
library-empty = لا أعداد في هذا المجلد بعد. احفظ عددا هنا لتبدأ الأرشيف.
# Issue files that could not be read.
unreadable-issues = تعذرت قراءة هذه الملفات:
# Shown while the library's issues are being read.
reading-library = جارٍ قراءة أعداد الأرشيف…

## Search

# The search view.
search = بحث
# Search view label.
search-hint = ابحث في الوارد وفي كل أعداد الأرشيف
# Search pane hint.
search-placeholder = العنوان أو المصدر أو المقتطف أو التعليق
# Search results group: the open issue, numbered $number.
this-issue-number = العدد الحالي رقم { $number }
# Search results group: another issue, numbered $number, dated $date.
issue-number-date = العدد { $number } ({ $date })
# A number of search results.
result-count =
    { $count ->
        [zero] لا نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجة
       *[other] { $count } نتيجة
    }

## Help: command palette, shortcuts and About

# Action: the command palette.
command-palette = البحث عن إجراء…
# Placeholder of the command palette.
palette-hint = اكتب للبحث عن إجراء
# When no action matches the palette's text.
palette-no-match = لا إجراء بهذا الاسم
# Action and window: the list of shortcuts.
keyboard-shortcuts = اختصارات لوحة المفاتيح
# Action and window: about Nashra.
about = حول نشرة
# What Nashra is, in About.
about-line = محرر نشرات بريدية للنصوص العربية، بما فيها من أسماء لاتينية وأرقام وروابط.
# The version line in About.
version-line = الإصدار { $version }
# Heading in About: the bundled fonts.
fonts-and-licences = الخطوط وتراخيصها

## Why an action is unavailable (shown beside a greyed-out action)

# Why an action is unavailable: the issue is read-only.
why-read-only = العدد مفتوح للقراءة فقط
# Why undo is unavailable.
why-nothing-to-undo = لا شيء للتراجع عنه
# Why redo is unavailable.
why-nothing-to-redo = لا شيء لإعادته
# Why an action is unavailable: a file dialog is open.
why-dialog-open = هناك نافذة ملفات مفتوحة
# Why an action is unavailable: no library folder.
why-no-library = اختر مجلد الأرشيف أولا (قائمة «ملف»)
# Why saving is unavailable: a save is being written.
why-saving = جارٍ الحفظ
# Why an action is unavailable: an import is running.
why-importing = هناك عملية استيراد جارية
# Why picking is unavailable.
why-no-inbox-story = حدد قصة في الوارد أولا
# Why a move is unavailable.
why-no-pick = حدد قصة مختارة أولا
# Why deleting is unavailable.
why-no-story = حدد قصة أولا
# Why a text action is unavailable.
why-no-field = ضع المؤشر في حقل نصي أولا
# Why cut or copy is unavailable.
why-no-selection = لا يوجد نص محدد
# Why bold, italic or a link is unavailable: the field is a one-line field.
why-not-prose = الروابط والتأكيد تكون في المقدمة والمقتطفات والتعليقات
# Help, under the Edit menu's shortcuts: what bold, italic and links do.
help-formatting = الخط العريض والمائل والروابط تكون على كلمات المقدمة والمقتطفات والتعليقات، وتصل إلى القراء كما هي. لا خط مائلًا للعربية: الكلمة العربية المائلة تُرسم قائمة وتُرسل مع ذلك مؤكَّدة. ما يُكتب عند نهاية رابط أو كلمة عريضة يكون نصًا عاديًا، وما يُكتب داخله ينضم إليه. ‏Ctrl+نقرة تفتح الرابط.
# Action: make the selected words bold.
bold = عريض
# Action: make the selected words italic (Arabic stays upright).
italic = مائل
# Action: put a link on the selected words, or edit the link at the caret.
link-action = رابط…
# Action: paste the clipboard's text without its formatting.
paste-plain = لصق كنص عادي
# The link editor's title.
link-editor-title = رابط
# The link editor's field label: the address.
link-address = العنوان (⁦https://…⁩ أو ⁦mailto:…⁩)
# The link editor's button: put the link on the words.
link-apply = تطبيق
# The link editor's button: take the link off the words, keeping the words.
link-remove = إزالة الرابط
# The link editor's button: open the address in the browser.
link-open = فتح في المتصفح
# Refusal: the typed address is not a web or mail address.
link-address-invalid = هذا ليس عنوانًا يستطيع القراء فتحه: يجب أن يبدأ بـ ⁦https://⁩ أو ⁦http://⁩ أو ⁦mailto:⁩
# Why isolating is unavailable.
why-no-latin-run = المؤشر ليس في اسم لاتيني أو رقم
# Why marks cannot be inserted here.
why-no-marks = لا مكان لعلامات الاتجاه في الوسوم والروابط
# Why a link has no direction.
why-no-direction = اتجاه الرابط دائما من اليسار إلى اليمين
# Why setting a direction would do nothing.
why-already-that-way = الفقرة بهذا الاتجاه أصلا
# Button: close a window.
close = إغلاق
# Between the items of a list written in a line.
list-separator = { "، " }

## The pre-flight check and the library's settings.
# Action: check whether the issue is ready to send.
check-issue = افحص العدد…
# Action and window title: the library's settings.
library-settings = إعدادات المكتبة…
# Error: the library's settings could not be written.
library-settings-not-saved = لم تُحفظ إعدادات المكتبة
# Title of the library settings window.
library-settings-title = إعدادات المكتبة
# Error: library.ron could not be read; defaults are used, the file is kept.
library-settings-unreadable = تعذّرت قراءة إعدادات المكتبة (library.ron)؛ تُستخدم القيم الافتراضية ويبقى الملف كما هو
# Status: the check found nothing left.
issue-ready = لا شيء متبقٍّ: العدد جاهز للإرسال
# Status: the finding clicked was fixed meanwhile.
finding-gone = أُصلح بالفعل
# Title of the pre-flight panel.
preflight-title = هل العدد جاهز للإرسال؟
# Button: run the check again.
check-again = افحص من جديد
# Button: replace a moved link by its new address.
use-new-address = استخدم العنوان الجديد
# The issue was edited after the check ran.
issue-changed-since-check = تغيّر العدد بعد هذا الفحص
# Finding: the introduction is empty.
finding-empty-intro = المقدمة فارغة
# Finding: a pick has no headline.
finding-empty-headline = بلا عنوان
# Finding: a pick has no commentary.
finding-no-commentary = بلا تعليق
# Why a link is broken: no answer in time.
link-timeout = لم يردّ الخادم في الوقت المحدد
# Why a link is broken: redirects in a loop or too many.
link-too-many-redirects = تحويلاته دائرية أو أطول من اللازم
# Why a link is broken: not a web address (ft.com/x, ftp:, tel:, text), so an email cannot
# carry it as a link.
link-not-web = ليس عنوان ويب، فالرابط يبدأ بـ https أو www
# Why a link is broken: the server's name is not known.
link-host-not-found = لم يُعثر على اسم الخادم
# Why a link is broken: the server refused the connection.
link-refused = رفض الخادم الاتصال
# Why a link is broken: the server closed the connection without answering.
link-closed = أغلق الخادم الاتصال دون رد
# Where a finding is: the issue as a whole.
whole-issue = العدد
# The check found nothing.
nothing-found = لا شيء يحتاج إلى مراجعة
# Label: the length the editor aims at, in words (empty: none).
word-target = الطول المستهدف (بالكلمات)
# Switch: add campaign tags to exported links.
utm-tagging = أضف وسوم الحملة (UTM) إلى روابط التصدير
# Label: utm_source.
utm-source = المصدر (utm_source)
# Label: utm_medium.
utm-medium = الوسيط (utm_medium)
# Label: utm_campaign; {number} stands for the issue's number.
utm-campaign = الحملة (utm_campaign؛ { "{number}" } هو رقم العدد)
# Note under the tags: which links get them.
utm-note = تُضاف الوسوم إلى روابط القصص فقط، لا إلى روابط mailto: ولا إلى روابط فيها وسوم utm_ أصلًا.
# "3 things to look at before sending"
preflight-left =
    { $count ->
        [one] أمر واحد يحتاج إلى مراجعة قبل الإرسال
        [two] أمران يحتاجان إلى مراجعة قبل الإرسال
        [few] { $count } أمور تحتاج إلى مراجعة قبل الإرسال
       *[other] { $count } أمرًا يحتاج إلى مراجعة قبل الإرسال
    }
# "Checking links: 4 of 12"
links-checking = فحص الروابط: { $done } من { $total }
# "Broken link https://…: the server answered 404"
finding-broken-link = رابط معطّل { $url }: { $reason }
# "the server answered 404"
link-status = ردّ الخادم بالرمز { $status }
# "the secure connection failed (…)"
link-tls = فشل الاتصال الآمن ({ $detail })
# "the server could not be reached (…)"
link-network = تعذّر الوصول إلى الخادم ({ $detail })
# "https://a has moved to https://b"
finding-link-moved = انتقل { $url } إلى { $to }
# "Same link as «headline» in this issue"
finding-duplicate = الرابط نفسه في «{ $headline }» في هذا العدد
# "Section «title» has no picks"
finding-empty-section = القسم «{ $title }» بلا قصص
# "«TK» is a placeholder headline"
finding-placeholder = «{ $headline }» عنوان مؤقت
# "«OpenAI 13»: the number shows on the wrong side of the name"
finding-bidi-hint = «{ $text }»: يظهر الرقم في الجهة الخطأ من الاسم
# "Misspelled: word"
finding-misspelled = خطأ إملائي: { $word }
# "1,240 words · 6 min read, over the target of 1,000 words"
finding-over-target =
    { $stats }، أطول من المستهدف ({ $target ->
        [one] كلمة واحدة
        [two] كلمتان
        [few] { $target } كلمات
        [many] { $target } كلمة
       *[other] { $target } كلمة
    })
# "Pick 3 · Commentary"
pick-place = القصة { $number } · { $field }
