//! Word counts and reading time, per pick and summed per issue, for text that mixes Arabic with
//! Latin names, numbers and links.
//!
//! Words are found with Unicode word boundaries (UAX #29), so an Arabic word counts once however
//! many diacritics or tatweel it carries, a number is a word and punctuation is not; a link is
//! one word, though the word rules would cut it at every dot and slash.

use std::iter::Sum;

use unicode_segmentation::UnicodeSegmentation as _;

use super::{Entry, Issue, Link, Prose, StoryId, StoryText, TextField};

/// Words read per minute in Arabic and in other (mostly English) text: the mean silent-reading
/// speeds measured with the standardized IReST passages in 17 languages (Trauzettel-Klosinski,
/// Dietz et al. 2012, "Standardized Assessment of Reading Performance: The New International
/// Reading Speed Texts IReST", Investigative Ophthalmology & Visual Science 53(9)). Arabic words
/// carry articles, conjunctions and pronouns joined to them, so fewer are read per minute.
const ARABIC_WORDS_PER_MINUTE: u64 = 138;
const OTHER_WORDS_PER_MINUTE: u64 = 228;

/// How much there is to read, and how long it takes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ReadingStats {
    /// All words, links and numbers included.
    pub words: usize,
    /// The words written in Arabic script (Arabic-Indic numbers included), read more slowly.
    pub arabic_words: usize,
    /// Reading time in whole minutes, rounded up: 0 for no words, else at least 1.
    pub minutes: u32,
}

/// Counts the words of `texts` (the fields of a pick, or of a whole issue) and the minutes they
/// take to read.
pub fn reading_stats<'a>(texts: impl IntoIterator<Item = &'a str>) -> ReadingStats {
    let mut words = 0;
    let mut arabic_words = 0;
    for word in texts.into_iter().flat_map(words_of) {
        words += 1;
        if word.is_arabic {
            arabic_words += 1;
        }
    }
    ReadingStats::from_counts(words, arabic_words)
}

impl ReadingStats {
    /// Stats for `words` words of which `arabic_words` are Arabic, with the minutes worked out.
    pub fn from_counts(words: usize, arabic_words: usize) -> Self {
        let arabic_words = arabic_words.min(words);
        Self {
            words,
            arabic_words,
            minutes: minutes_to_read(arabic_words, words - arabic_words),
        }
    }

    /// The words not in Arabic script: Latin names, Western numbers, links.
    pub fn other_words(&self) -> usize {
        self.words - self.arabic_words.min(self.words)
    }

    /// Adds `other`'s words to these and works the minutes out again from the total, so an
    /// issue of three one-minute picks of 50 words each reads in 2 minutes, not 3.
    pub fn add(&mut self, other: &Self) {
        *self = Self::from_counts(
            self.words.saturating_add(other.words),
            self.arabic_words.saturating_add(other.arabic_words),
        );
    }
}

impl Sum for ReadingStats {
    fn sum<I: Iterator<Item = Self>>(stats: I) -> Self {
        stats.fold(Self::default(), |mut total, one| {
            total.add(&one);
            total
        })
    }
}

/// Minutes for `arabic` Arabic and `other` other words, rounded up.
fn minutes_to_read(arabic: usize, other: usize) -> u32 {
    let count = |words: usize| u64::try_from(words).unwrap_or(u64::MAX);
    // In units of 1 / (138 × 228) minute, so the sum of both speeds stays exact.
    let time = count(arabic)
        .saturating_mul(OTHER_WORDS_PER_MINUTE)
        .saturating_add(count(other).saturating_mul(ARABIC_WORDS_PER_MINUTE));
    let minutes = time.div_ceil(ARABIC_WORDS_PER_MINUTE * OTHER_WORDS_PER_MINUTE);
    u32::try_from(minutes).unwrap_or(u32::MAX)
}

/// One counted word.
struct Word {
    is_arabic: bool,
}

/// The words of `text`: each whitespace-separated link as one, the rest by UAX #29.
fn words_of(text: &str) -> impl Iterator<Item = Word> + '_ {
    text.split_whitespace().flat_map(|token| {
        let link = Link::in_token(token).map(|_| Word { is_arabic: false });
        let words = link.is_none().then(|| {
            token.unicode_words().map(|word| Word {
                is_arabic: word.chars().any(is_arabic_script),
            })
        });
        link.into_iter().chain(words.into_iter().flatten())
    })
}

/// Arabic letters, marks and digits, in the Arabic blocks and their presentation forms.
fn is_arabic_script(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}'
    )
}

/// Counts what a reader reads, one field at a time: the way [`issue_reading_by`] and
/// [`pick_reading_by`] let a caller keep each field's counts and count again only the fields
/// (and, in prose, the paragraphs) that changed.
pub trait ReadingCounter {
    /// The stats of one-line field `field` (a title, a heading, a headline), `text`.
    fn line(&mut self, field: TextField, text: &str) -> ReadingStats;
    /// The stats of prose field `field` (the introduction, an excerpt, a commentary).
    fn prose(&mut self, field: TextField, prose: &Prose) -> ReadingStats;
    /// Told each pick's stats as [`issue_reading_by`] sums them (nothing by default).
    fn pick(&mut self, _story: StoryId, _stats: ReadingStats) {}
}

/// Counts every field afresh.
struct CountAfresh;

impl ReadingCounter for CountAfresh {
    fn line(&mut self, _field: TextField, text: &str) -> ReadingStats {
        reading_stats([text])
    }

    fn prose(&mut self, _field: TextField, prose: &Prose) -> ReadingStats {
        reading_stats(prose.paragraphs().iter().map(|p| p.text.as_str()))
    }
}

/// What a reader of the newsletter reads for one pick: headline, excerpt and commentary, as
/// exported.
pub fn pick_reading(pick: &Entry) -> ReadingStats {
    pick_reading_by(pick, &mut CountAfresh)
}

/// What a reader reads for the whole issue: title, introduction, section titles and picks.
pub fn issue_reading(issue: &Issue) -> ReadingStats {
    issue_reading_by(issue, &mut CountAfresh)
}

/// [`pick_reading`] with each field counted by `counter`. Summing fields (and paragraphs) gives
/// the same words as counting their joined text: words never span a line break.
pub fn pick_reading_by(pick: &Entry, counter: &mut impl ReadingCounter) -> ReadingStats {
    let id = pick.story.id;
    [
        counter.line(
            TextField::Story(id, StoryText::Headline),
            &pick.story.headline,
        ),
        counter.prose(
            TextField::Story(id, StoryText::Excerpt),
            &pick.story.excerpt,
        ),
        counter.prose(TextField::Commentary(id), &pick.commentary),
    ]
    .into_iter()
    .sum()
}

/// [`issue_reading`] with each field counted by `counter`, in reading order (title,
/// introduction, section titles, then each pick's headline, excerpt and commentary), and each
/// pick's stats told to it.
pub fn issue_reading_by(issue: &Issue, counter: &mut impl ReadingCounter) -> ReadingStats {
    let head = [
        counter.line(TextField::IssueTitle, &issue.title),
        counter.prose(TextField::Intro, &issue.intro),
    ];
    let sections: Vec<ReadingStats> = issue
        .sections
        .iter()
        .map(|s| counter.line(TextField::SectionTitle(s.id), &s.title))
        .collect();
    let picks: Vec<ReadingStats> = issue
        .picks()
        .map(|p| {
            let stats = pick_reading_by(p, counter);
            counter.pick(p.story.id, stats);
            stats
        })
        .collect();
    head.into_iter().chain(sections).chain(picks).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn stats(text: &str) -> ReadingStats {
        reading_stats([text])
    }

    #[test]
    fn a_mixed_sentence() {
        // استثمرت، Sequoia، Capital، مبلغ، 800، مليون، دولار، في، تويتر، عام، 2022
        let s = stats("استثمرت Sequoia Capital مبلغ 800 مليون دولار في تويتر عام 2022.");
        assert_eq!(s.words, 11);
        assert_eq!(s.arabic_words, 7);
        assert_eq!(s.other_words(), 4);
        assert_eq!(s.minutes, 1);
    }

    #[test]
    fn diacritics_and_tatweel_do_not_split_words() {
        let bare = stats("قال محمد إن الاجتماع مستمر");
        let marked = stats("قَالَ مُحَمَّدٌ إِنَّ الاِجْتِمَاعَ مُسْتَمِرٌّ");
        let stretched = stats("قـــال محـــمد إن الاجتمـــاع مستمـــر");
        assert_eq!(bare.words, 5);
        assert_eq!(marked, bare);
        assert_eq!(stretched, bare);
    }

    #[test]
    fn punctuation_is_not_a_word() {
        assert_eq!(stats("مرحبا، كيف حالك؟ جيد؛ شكرا.").words, 5);
        assert_eq!(stats("« » ، ؛ ؟ — ... !").words, 0);
        assert_eq!(stats("(OpenAI) «تويتر»").words, 2);
    }

    #[test]
    fn numbers_are_words() {
        assert_eq!(stats("نمو 3.5% في 2024").words, 4);
        let indic = stats("عام ٢٠٢٢");
        assert_eq!((indic.words, indic.arabic_words), (2, 2));
    }

    #[test]
    fn joined_prefixes_stay_one_word() {
        // "و" joined to a Latin name, as Arabic writes it.
        assert_eq!(stats("دعمت SpaceX وThe Boring Company").words, 5);
    }

    #[test]
    fn a_link_is_one_word() {
        let s = stats("اقرأ المزيد على https://www.ft.com/content/abc-123?x=1&y=2 اليوم");
        assert_eq!((s.words, s.arabic_words), (5, 4));
        assert_eq!(
            stats("المصدر: (www.aljazeera.net/news/2024/سوريا).").words,
            2
        );
        assert_eq!(stats("https://ar.wikipedia.org/wiki/مصر").arabic_words, 0);
        // Isolated, as a bidi hint's fix leaves it: still one word.
        assert_eq!(
            stats("اقرأ \u{2066}https://ft.com/x?a=1\u{2069} اليوم").words,
            3
        );
    }

    #[test]
    fn fields_are_counted_together() {
        let s = reading_stats(["عنوان الخبر", "", "نص الخبر هنا", "https://ft.com/x"]);
        assert_eq!(s.words, 6);
    }

    #[test]
    fn minutes_round_up_at_each_language_speed() {
        assert_eq!(ReadingStats::from_counts(0, 0).minutes, 0);
        assert_eq!(stats("   ،  ").minutes, 0);
        assert_eq!(ReadingStats::from_counts(1, 0).minutes, 1);
        assert_eq!(ReadingStats::from_counts(1, 1).minutes, 1);
        assert_eq!(ReadingStats::from_counts(138, 138).minutes, 1);
        assert_eq!(ReadingStats::from_counts(139, 139).minutes, 2);
        assert_eq!(ReadingStats::from_counts(228, 0).minutes, 1);
        assert_eq!(ReadingStats::from_counts(229, 0).minutes, 2);
        // 138 Arabic words and 228 others: exactly two minutes.
        assert_eq!(ReadingStats::from_counts(366, 138).minutes, 2);
        assert_eq!(ReadingStats::from_counts(367, 138).minutes, 3);
        assert_eq!(ReadingStats::from_counts(usize::MAX, 0).minutes, u32::MAX);
    }

    #[test]
    fn an_issue_sums_words_not_rounded_minutes() {
        let pick = ReadingStats::from_counts(50, 50);
        assert_eq!(pick.minutes, 1);
        let issue: ReadingStats = [pick, pick, pick].into_iter().sum();
        assert_eq!(issue, ReadingStats::from_counts(150, 150));
        assert_eq!(issue.minutes, 2);

        let mut total = ReadingStats::default();
        total.add(&stats("استثمرت Sequoia"));
        total.add(&stats("Capital مبلغ"));
        assert_eq!(total, stats("استثمرت Sequoia Capital مبلغ"));
    }

    /// A diacritic, tatweel, or nothing.
    fn mark() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "", "\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}", "\u{0652}", "\u{064B}", "\u{0640}",
        ])
    }

    fn after_every_letter(word: &str, mark: &str) -> String {
        word.chars()
            .flat_map(|c| [c.to_string(), mark.to_owned()])
            .collect()
    }

    proptest! {
        #[test]
        fn counts_add_up(a in "\\PC{0,60}", b in "\\PC{0,60}") {
            let (one, two) = (stats(&a), stats(&b));
            let both = reading_stats([a.as_str(), b.as_str()]);
            let mut summed = one;
            summed.add(&two);
            prop_assert_eq!(both, summed);
            prop_assert!(both.arabic_words <= both.words);
            prop_assert_eq!(both.minutes == 0, both.words == 0);
        }

        #[test]
        fn diacritics_never_change_the_count(
            words in prop::collection::vec("[ابتثجحخدذرسشصضطظعغفقكلمنهوي]{1,6}", 0..12),
            marks in prop::collection::vec(mark(), 1..12),
        ) {
            let bare = words.join(" ");
            let marked: Vec<String> = words
                .iter()
                .zip(marks.iter().cycle())
                .map(|(word, mark)| after_every_letter(word, mark))
                .collect();
            prop_assert_eq!(stats(&marked.join(" ")), stats(&bare));
        }
    }

    #[test]
    fn an_issue_reads_as_the_sum_of_its_words_not_of_its_rounded_minutes() {
        use crate::model::{Prose, Section, Story};
        let mut issue = Issue::new(1, "عنوان", jiff::civil::date(2026, 11, 29));
        issue.sections = vec![Section::new("قسم")];
        for _ in 0..3 {
            let mut pick = Entry {
                story: Story::new("خبر"),
                commentary: Prose::from_text(&"كلمة ".repeat(20)),
            };
            pick.story.excerpt = Prose::from_text("مقتطف قصير");
            assert_eq!(pick_reading(&pick).words, 23);
            assert_eq!(pick_reading(&pick).minutes, 1);
            issue.sections[0].picks.push(pick);
        }
        let total = issue_reading(&issue);
        // Title, section title and three picks of 23 words.
        assert_eq!(total.words, 1 + 1 + 3 * 23);
        assert_eq!(
            total.minutes, 1,
            "71 Arabic words read in one minute, not three"
        );
    }
}
