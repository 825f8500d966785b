//! Campaign tags on exported links ([`UtmTags`]): added to web links only, never to `mailto:`,
//! and never to a link that already carries `utm_` parameters (the source's own campaign, or a
//! link copied from an earlier issue, must not be overwritten or doubled).

use crate::io::library_settings::UtmTags;
use crate::model::{Link, LinkKind};

/// `url` (an address as exported) with `tags` for issue `number` appended to its query
/// (before any `#fragment`), or unchanged when it is not a web link or already has `utm_`
/// parameters.
pub fn tag_link(url: &str, tags: &UtmTags, number: u32) -> String {
    if Link::parse(url).kind() != LinkKind::Web {
        return url.to_owned();
    }
    let (base, fragment) = url
        .split_once('#')
        .map_or((url, None), |(b, f)| (b, Some(f)));
    let has_utm = base.split_once('?').is_some_and(|(_, query)| {
        query
            .split('&')
            .any(|pair| pair.to_ascii_lowercase().starts_with("utm_"))
    });
    if has_utm {
        return url.to_owned();
    }
    let encode =
        |value: &str| url::form_urlencoded::byte_serialize(value.as_bytes()).collect::<String>();
    let separator = match base.split_once('?') {
        Some((_, "")) => "",
        Some(_) => "&",
        None => "?",
    };
    let mut tagged = format!(
        "{base}{separator}utm_source={}&utm_medium={}&utm_campaign={}",
        encode(&tags.source),
        encode(&tags.medium),
        encode(&tags.campaign_of(number)),
    );
    if let Some(fragment) = fragment {
        tagged.push('#');
        tagged.push_str(fragment);
    }
    tagged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags() -> UtmTags {
        UtmTags {
            source: "اختيارات المحرر".to_owned(),
            medium: "email".to_owned(),
            campaign: "issue-{number}".to_owned(),
        }
    }

    #[test]
    fn web_links_get_the_tags_in_their_query_before_the_fragment() {
        let t = tags();
        let source = "utm_source=%D8%A7%D8%AE%D8%AA%D9%8A%D8%A7%D8%B1%D8%A7%D8%AA+%D8%A7%D9%84%D9%85%D8%AD%D8%B1%D8%B1";
        assert_eq!(
            tag_link("https://ft.com/a", &t, 54),
            format!("https://ft.com/a?{source}&utm_medium=email&utm_campaign=issue-54")
        );
        assert_eq!(
            tag_link("https://ft.com/a?x=1#part", &t, 54),
            format!("https://ft.com/a?x=1&{source}&utm_medium=email&utm_campaign=issue-54#part")
        );
        assert_eq!(
            tag_link("http://ft.com/a?", &t, 7),
            format!("http://ft.com/a?{source}&utm_medium=email&utm_campaign=issue-7")
        );
    }

    #[test]
    fn mail_links_and_links_already_tagged_are_left_as_they_are() {
        let t = tags();
        for url in [
            "mailto:editor@example.com",
            "https://ft.com/a?utm_source=ft&x=1",
            "https://ft.com/a?x=1&UTM_campaign=spring",
        ] {
            assert_eq!(tag_link(url, &t, 54), url);
        }
    }
}
